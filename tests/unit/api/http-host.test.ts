import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/api/http-host.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
let host: HttpHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<HttpHost> {
  const dir = await tempDir();
  const staticDir = join(dir, 'renderer');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  host = await startHttpHost({ api: new CopydeskService(await ArticleStore.open(join(dir, 'data'))), staticDir });
  return host;
}

function send(h: HttpHost, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(`${h.url}${path}`, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const json = (h: HttpHost, token = h.token) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${token}` });

describe('HTTP host', () => {
  it('binds 127.0.0.1 and gives the token only in the URL fragment', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.openUrl).toBe(`${h.url}/#token=${h.token}`);
    expect(h.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers a call with the right token and refuses a wrong or missing one', async () => {
    const h = await start();
    const ok = await send(h, '/api/listArticles', { method: 'POST', headers: json(h), body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
    const wrong = await send(h, '/api/listArticles', { method: 'POST', headers: json(h, 'f'.repeat(48)), body: '{}' });
    expect(wrong.status).toBe(401);
    const missing = await send(h, '/api/listArticles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
  });

  it('validates arguments and names the bad field', async () => {
    const h = await start();
    const res = await send(h, '/api/getArticle', { method: 'POST', headers: json(h), body: '{"id":5}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'validation', message: 'getArticle.id: expected a string' } });
    const extra = await send(h, '/api/listArticles', { method: 'POST', headers: json(h), body: '{"sneaky":true}' });
    expect(JSON.parse(extra.body).error.message).toBe('listArticles.sneaky: expected no such field');
    const unknown = await send(h, '/api/deleteEverything', { method: 'POST', headers: json(h), body: '{}' });
    expect(unknown.status).toBe(400);
    const garbage = await send(h, '/api/listArticles', { method: 'POST', headers: json(h), body: '{not json' });
    expect(garbage.status).toBe(400);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site calls)', async () => {
    const h = await start();
    const port = new URL(h.url).port;
    const rebound = await send(h, '/api/listArticles', { method: 'POST', headers: { ...json(h), Host: `evil.example:${port}` }, body: '{}' });
    expect(rebound.status).toBe(421);
    const crossSite = await send(h, '/api/listArticles', { method: 'POST', headers: { ...json(h), Origin: 'https://evil.example' }, body: '{}' });
    expect(crossSite.status).toBe(403);
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const h = await start();
    const page = await send(h, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const escape = await send(h, '/../../../../etc/passwd');
    expect(escape.body).not.toContain('root:');
    const encoded = await send(h, '/%2e%2e/%2e%2e/%2e%2e/etc/passwd');
    expect(encoded.body).not.toContain('root:');
  });
});
