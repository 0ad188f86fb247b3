/**
 * The renderer's one API client. In the Electron window the preload has put the bridge on `window.copydesk`;
 * in a browser the same calls go to the local HTTP host with the per-run token. Components never know which.
 */
import { METHOD_NAMES, type CopydeskApi, type CopydeskBridge, type Envelope, type MethodName } from '../../electron/api/contract';

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

/** An error the API returned, with its code (validation, not-found, conflict, bad-input, io). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'copydesk.token';

/** The token arrives once in the URL fragment (#token=…); it is kept for this tab and removed from the address bar. */
function takeToken(): string {
  const match = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp(method: MethodName, args: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${takeToken()}` },
      body: JSON.stringify(args),
    });
  } catch {
    return { ok: false, error: { code: 'io', message: 'Copydesk is not reachable: is it still running?' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'io', message: `Copydesk answered ${response.status} without a readable reply` } };
  }
}

function createClient(): CopydeskApi {
  const bridge = window.copydesk;
  const client: Partial<Record<MethodName, (args: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (args: unknown) => {
      const envelope = bridge
        ? await (bridge[method] as (a: unknown) => Promise<Envelope<unknown>>)(args)
        : await overHttp(method, args);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value;
    };
  }
  return client as CopydeskApi;
}

if (!window.copydesk) takeToken();

export const api: CopydeskApi = createClient();
