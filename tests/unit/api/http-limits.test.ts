import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpHost, type HostLimits, type HttpHost } from '../../../electron/api/http-host.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
let host: HttpHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(limits: Partial<HostLimits> = {}): Promise<HttpHost> {
  const dir = await tempDir();
  host = await startHttpHost({ api: new CopydeskService(await ArticleStore.open(join(dir, 'data'))), staticDir: null, limits });
  return host;
}

/** Sends raw bytes on one connection; resolves with what came back and whether the server closed it. */
function raw(h: HttpHost, chunks: readonly (string | Buffer)[], waitMs = 3000): Promise<{ reply: string; closed: boolean; error: string | null }> {
  const { port } = new URL(h.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    let error: string | null = null;
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ reply, closed: false, error });
    }, waitMs);
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('error', (e) => (error = (e as NodeJS.ErrnoException).code ?? e.message));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ reply, closed: true, error });
    });
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
    });
  });
}

const head = (h: HttpHost, path: string, extra: string) =>
  `POST ${path} HTTP/1.1\r\nHost: ${new URL(h.url).host}\r\nAuthorization: Bearer ${h.token}\r\nContent-Type: application/json\r\n${extra}\r\n`;

describe('HTTP host limits', () => {
  it('answers 413 to a body declared over the limit, not a reset', async () => {
    const h = await start({ maxBodyBytes: 1024 });
    const got = await raw(h, [head(h, '/api/listArticles', 'Content-Length: 100000\r\n'), Buffer.alloc(4096, 0x20)]);
    expect(got.reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(got.reply).toContain('over the 1024 bytes limit');
  });

  it('answers 413 to a chunked body that grows over the limit', async () => {
    const h = await start({ maxBodyBytes: 1024 });
    const chunk = `800\r\n${' '.repeat(0x800)}\r\n`;
    const got = await raw(h, [head(h, '/api/listArticles', 'Transfer-Encoding: chunked\r\n'), chunk, chunk, '0\r\n\r\n']);
    expect(got.reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(got.error).toBeNull();
  });

  it('answers 400 to a bad percent-encoding, in the API and for a static path', async () => {
    const h = await start();
    const api = await raw(h, [head(h, '/api/list%E0%A4%A', 'Content-Length: 2\r\n'), '{}']);
    expect(api.reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(api.reply).toContain('Bad percent-encoding');
    const page = await raw(h, [`GET /%zz HTTP/1.1\r\nHost: ${new URL(h.url).host}\r\n\r\n`]);
    expect(page.reply).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('closes idle and half-sent connections', async () => {
    const h = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600, idleSocketMs: 400 });
    const idle = await raw(h, [], 3000);
    expect(idle.closed).toBe(true);
    const halfHeaders = await raw(h, [`POST /api/listArticles HTTP/1.1\r\nHost: ${new URL(h.url).host}\r\n`], 3000);
    expect(halfHeaders.closed).toBe(true);
    const halfBody = await raw(h, [head(h, '/api/listArticles', 'Content-Length: 100\r\n'), '{"a'], 3000);
    expect(halfBody.closed).toBe(true);
  });
});
