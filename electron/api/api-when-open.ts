/**
 * The contract's API over a service still opening: each call waits for the service, then goes to it. `serve`
 * listens (and the browser loads the page) while the library opens, instead of after: at 100,000 stories opening
 * is most of a cold start (issue 11). A library that fails to open fails every call with that error.
 *
 * `early` answers some calls before the service is ready, from parts opened ahead of it (library-front.ts: the
 * inbox's first page from the search records); once the service is ready every call goes to it.
 */
import { METHOD_NAMES, type CopydeskApi } from './contract.js';

export function apiWhenOpen(opening: Promise<CopydeskApi>, early: Partial<CopydeskApi> = {}): CopydeskApi {
  let open: CopydeskApi | null = null;
  void opening.then((service) => (open = service)).catch(() => undefined);
  const api: Record<string, (args: never) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    const before = early[name] as ((a: never) => Promise<unknown>) | undefined;
    api[name] = async (args: never) => {
      if (!open && before) return before(args);
      const service = await opening;
      return (service[name] as (a: never) => Promise<unknown>).call(service, args);
    };
  }
  return api as unknown as CopydeskApi;
}
