/** Every failure that crosses the API carries one of these codes, so each entrance can map it (HTTP status, exit code, UI message). */
export type ErrorCode = 'validation' | 'not-found' | 'conflict' | 'bad-input' | 'io';

export class CopydeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CopydeskError';
    this.code = code;
  }
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
