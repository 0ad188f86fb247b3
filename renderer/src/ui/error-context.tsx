/**
 * The desk's one error area: any feature reports a failure here and the ErrorBanner shows it. An ApiError keeps
 * its code, so the banner can offer the right way out (Reload for a conflict).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api';

export interface ShownError {
  readonly message: string;
  readonly code: string | null;
}

interface ErrorState {
  readonly error: ShownError | null;
  readonly report: (err: unknown) => void;
  readonly clear: () => void;
}

const ErrorContext = createContext<ErrorState | null>(null);

function toShown(err: unknown): ShownError {
  if (err instanceof ApiError) return { message: err.message, code: err.code };
  if (err instanceof Error) return { message: err.message, code: null };
  return { message: String(err), code: null };
}

export function ErrorProvider({ children }: { readonly children: ReactNode }) {
  const [error, setError] = useState<ShownError | null>(null);
  const report = useCallback((err: unknown) => setError(toShown(err)), []);
  const clear = useCallback(() => setError(null), []);
  const value = useMemo(() => ({ error, report, clear }), [error, report, clear]);
  return <ErrorContext.Provider value={value}>{children}</ErrorContext.Provider>;
}

export function useErrors(): ErrorState {
  const state = useContext(ErrorContext);
  if (!state) throw new Error('useErrors needs an ErrorProvider above it');
  return state;
}
