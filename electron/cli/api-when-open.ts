/**
 * The contract's API over a service still opening: each call waits for the service, then goes to it. `serve`
 * listens (and the browser loads the page) while the library opens, instead of after: at 100,000 stories opening
 * is most of a cold start (issue 11). A library that fails to open fails every call with that error.
 */
import { METHOD_NAMES, type CopydeskApi } from '../api/contract.js';

export function apiWhenOpen(opening: Promise<CopydeskApi>): CopydeskApi {
  const api: Record<string, (args: never) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    api[name] = async (args: never) => {
      const service = await opening;
      return (service[name] as (a: never) => Promise<unknown>).call(service, args);
    };
  }
  return api as unknown as CopydeskApi;
}
