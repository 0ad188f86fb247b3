/**
 * The same API for a browser: POST /api/<method> with a JSON body, answered with the same envelope the Electron
 * preload returns. Binds 127.0.0.1 only, needs the per-run token (Authorization: Bearer …), refuses foreign Host
 * and Origin headers (DNS rebinding, cross-site requests), and serves the built renderer with a strict CSP.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { CopydeskApi, Envelope } from './contract.js';
import { dispatch } from './dispatch.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 40 * 1024 * 1024;
/**
 * Idle and half-sent connections are closed (3,000 left open would hold the process's sockets): the headers must
 * arrive within 10 s, the whole request within 2 min (40 MB from a slow disk), and a kept-alive socket idles 5 s.
 */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 120_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const IDLE_SOCKET_MS = 30_000;

/** A request the host refuses with its own HTTP status (a body over the limit: 413, bad percent-encoding: 400). */
class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};
const STATUS: Readonly<Record<string, number>> = { validation: 400, 'not-found': 404, conflict: 409, 'bad-input': 422, io: 500 };

export interface HttpHostOptions {
  readonly api: CopydeskApi;
  /** The built renderer (out/renderer); null serves the API only. */
  readonly staticDir: string | null;
  readonly port?: number;
  readonly token?: string;
  /** Limits, for tests; the defaults above otherwise. */
  readonly limits?: Partial<HostLimits>;
}

export interface HostLimits {
  readonly maxBodyBytes: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly idleSocketMs: number;
}

export interface HttpHost {
  readonly url: string;
  /** The URL to open: the token travels in the fragment, which browsers never send to a server. */
  readonly openUrl: string;
  readonly token: string;
  close(): Promise<void>;
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let origin = '';
  const limits: HostLimits = {
    maxBodyBytes: MAX_BODY, headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS, idleSocketMs: IDLE_SOCKET_MS, ...options.limits,
  };
  // Node checks header and request timeouts on this interval (30 s by default, too slow to matter).
  const serverOptions = { connectionsCheckingInterval: Math.max(50, Math.min(1000, limits.headersTimeoutMs / 2)) };
  const server: Server = createServer(serverOptions, (req, res) => {
    handle(req, res, options, limits, token, origin).catch((err: unknown) => {
      if (res.headersSent) return;
      if (err instanceof HttpRefusal) {
        // The rest of an over-large body is not read: the answer goes, then the connection closes.
        res.setHeader('Connection', 'close');
        sendJson(res, err.status, fail('validation', err.message));
        return;
      }
      sendJson(res, 500, { ok: false, error: { code: 'io', message: String(err) } });
    });
  });
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.setTimeout(limits.idleSocketMs, (socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    openUrl: `${origin}/#token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpHostOptions, limits: HostLimits, token: string, origin: string): Promise<void> {
  const port = origin.slice(origin.lastIndexOf(':') + 1);
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return sendJson(res, 421, fail('validation', 'Unknown host'));
  }
  const url = new URL(req.url ?? '/', origin);
  const pathname = decodePath(url.pathname);
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendJson(res, 405, fail('validation', 'Use POST'));
    if (req.headers.origin && req.headers.origin !== origin && req.headers.origin !== `http://localhost:${port}`) {
      return sendJson(res, 403, fail('validation', 'Cross-origin requests are refused'));
    }
    if (!tokenMatches(req.headers.authorization, token)) return sendJson(res, 401, fail('validation', 'Missing or wrong token'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, fail('validation', 'Send application/json'));
    }
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limits.maxBodyBytes) throw new HttpRefusal(413, `The request body is ${declared} bytes, over the ${limitText(limits.maxBodyBytes)} limit`);
    const body = await readBody(req, limits.maxBodyBytes);
    let args: unknown;
    try {
      args = JSON.parse(body);
    } catch (err) {
      return sendJson(res, 400, fail('validation', `Bad request body: ${(err as Error).message}`));
    }
    const envelope = await dispatch(options.api, pathname.slice(5), args);
    return sendJson(res, envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 500), envelope);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('validation', 'Method not allowed'));
  return serveStatic(res, options.staticDir, pathname);
}

/** The request path decoded; a bad percent-encoding (`%E0%A4%A`, `%zz`) is a 400, not a server error. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new HttpRefusal(400, `Bad percent-encoding in the request path ${pathname.slice(0, 200)}`);
  }
}

async function serveStatic(res: ServerResponse, dir: string | null, pathname: string): Promise<void> {
  if (!dir) return sendJson(res, 404, fail('not-found', 'No renderer is served'));
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  const path = join(dir, relative === '' ? 'index.html' : relative);
  if (!path.startsWith(dir + sep) && path !== dir) return sendJson(res, 403, fail('validation', 'Forbidden'));
  let file = path;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    file = join(dir, 'index.html');
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return sendJson(res, 404, fail('not-found', 'Not found'));
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from((header ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function limitText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // Refused with a 413 (handle's catch); the rest of the body is read and dropped rather than left unread,
        // so the client gets the answer instead of a reset. The request timeout bounds how long that may take.
        if (chunks.length > 0 || size - chunk.length <= max) reject(new HttpRefusal(413, `The request body is over the ${limitText(max)} limit`));
        chunks = [];
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function fail(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}
