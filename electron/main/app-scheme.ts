/**
 * The app's pages come from a custom privileged scheme, copydesk://app/…, instead of file:// (Electron's security
 * checklist, item 18): a file:// page could read any file the user can, and gets privileges no web page has. The
 * handler serves only the built renderer folder, with the same Content-Security-Policy header the HTTP host sends.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/http-host.js';

export const APP_SCHEME = 'copydesk';
export const APP_URL = `${APP_SCHEME}://app/index.html`;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** Before the app is ready: the scheme is standard (relative URLs, an origin) and secure (like https). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Once ready: copydesk://app/<path> answers with the file under `rendererDir`, nothing outside it. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/u, '');
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    const file = join(rendererDir, relative === '' ? 'index.html' : relative);
    if (url.host !== 'app' || !file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
