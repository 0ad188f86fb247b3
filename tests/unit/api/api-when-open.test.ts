import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type CopydeskApi } from '../../../electron/api/contract.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { apiWhenOpen } from '../../../electron/api/api-when-open.js';
import { CopydeskError } from '../../../electron/domain/errors.js';

describe('apiWhenOpen', () => {
  it('has every method of the contract, and a call waits for the service, then reaches it with its arguments', async () => {
    let open: (api: CopydeskApi) => void = () => undefined;
    const api = apiWhenOpen(new Promise<CopydeskApi>((resolve) => (open = resolve)));
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    const calls: unknown[] = [];
    const service = { listArticles: async (args: unknown) => (calls.push(args), [{ id: 'one' }]) } as unknown as CopydeskApi;
    let answered = false;
    const answer = dispatch(api, 'listArticles', { status: 'ready' }).then((envelope) => ((answered = true), envelope));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    open(service);
    expect(await answer).toEqual({ ok: true, value: [{ id: 'one' }] });
    expect(calls).toEqual([{ status: 'ready' }]);
  });

  it('answers a call with an early door while the service opens, and with the service once it is open', async () => {
    let open: (api: CopydeskApi) => void = () => undefined;
    const opening = new Promise<CopydeskApi>((resolve) => (open = resolve));
    const page = (from: string) => ({ total: 1, matching: 1, offset: 0, results: [], facets: null, terms: [from] });
    const api = apiWhenOpen(opening, { searchArticles: async () => page('early') });
    expect(await dispatch(api, 'searchArticles', { query: '' })).toMatchObject({ ok: true, value: { terms: ['early'] } });
    // A call without an early door still waits for the service.
    let answered = false;
    const other = dispatch(api, 'listArticles', {}).then((e) => ((answered = true), e));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    open({ searchArticles: async () => page('service'), listArticles: async () => [] } as unknown as CopydeskApi);
    expect(await other).toEqual({ ok: true, value: [] });
    expect(await dispatch(api, 'searchArticles', { query: '' })).toMatchObject({ ok: true, value: { terms: ['service'] } });
  });

  it('fails every call with the error the library failed to open with', async () => {
    const failing = Promise.reject(new CopydeskError('conflict', 'The library is held by copydesk serve (pid 42)'));
    failing.catch(() => undefined);
    const api = apiWhenOpen(failing);
    expect(await dispatch(api, 'listArticles', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'The library is held by copydesk serve (pid 42)' } });
    expect(await dispatch(api, 'getArticle', { id: 'abc' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
