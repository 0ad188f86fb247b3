/**
 * The single doorway both entrances use: a method name and arguments that arrived as `unknown` are checked
 * against the contract, run on the service, and any failure comes back as data with its code.
 */
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { isMethodName, parseArgs, type CopydeskApi, type Envelope, type MethodName } from './contract.js';

export async function dispatch(api: CopydeskApi, method: unknown, args: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(method)) throw new CopydeskError('validation', `Unknown API method: ${String(method).slice(0, 60)}`);
    const value = await call(api, method, parseArgs(method, args));
    return { ok: true, value };
  } catch (err) {
    const code = err instanceof CopydeskError ? err.code : 'io';
    return { ok: false, error: { code, message: errorMessage(err) } };
  }
}

function call<M extends MethodName>(api: CopydeskApi, method: M, args: Parameters<CopydeskApi[M]>[0]): Promise<unknown> {
  const fn = api[method] as (a: typeof args) => Promise<unknown>;
  return fn.call(api, args);
}
