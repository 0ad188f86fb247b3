/**
 * Application passwords for publish targets, one per site and user. The CLI and the browser host keep them in a
 * file in the data folder that only the user can read (0600, checked on every read); the Electron app passes its
 * own store that encrypts with the OS keychain (electron/main/keychain-credentials.ts). A password never goes
 * into an export, a log line, an error message or anything the renderer receives.
 */
import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CopydeskError } from '../domain/errors.js';
import { siteKey } from '../domain/publish-target.js';
import { writeFileAtomic } from '../store/durable-file.js';

export interface CredentialStore {
  get(siteUrl: string, user: string): Promise<string | null>;
  set(siteUrl: string, user: string, password: string): Promise<void>;
  remove(siteUrl: string, user: string): Promise<void>;
}

export const CREDENTIALS_FILE = 'publish-credentials.json';

export function credentialKey(siteUrl: string, user: string): string {
  return `${user}@${siteKey(siteUrl)}`;
}

/** Holds secrets as given: for a store that encrypts them, see the Electron one. */
export class FileCredentialStore implements CredentialStore {
  readonly path: string;

  constructor(
    dir: string,
    /** Turns a secret into what is written and back (Electron: safeStorage); identity for the 0600 file. */
    private readonly codec: { encode(text: string): string; decode(text: string): string } = { encode: (t) => t, decode: (t) => t },
  ) {
    this.path = join(dir, CREDENTIALS_FILE);
  }

  private async readAll(): Promise<Record<string, string>> {
    let text: string;
    try {
      const info = await stat(this.path);
      // Someone else could read it: refuse to use (and so to spread) a secret that may already be out.
      if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
        throw new CopydeskError('io', `${this.path} can be read by other users (mode ${(info.mode & 0o777).toString(8)}): run chmod 600 on it`);
      }
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    const data = JSON.parse(text) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new CopydeskError('io', `${this.path} is not a credentials file`);
    return Object.fromEntries(Object.entries(data as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }

  private async writeAll(data: Record<string, string>): Promise<void> {
    // writeFileAtomic creates the temp file 0600 before a byte is written, so there is no moment it is readable.
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 2)}\n`);
    await chmod(this.path, 0o600);
  }

  async get(siteUrl: string, user: string): Promise<string | null> {
    const stored = (await this.readAll())[credentialKey(siteUrl, user)];
    return stored === undefined ? null : this.codec.decode(stored);
  }

  async set(siteUrl: string, user: string, password: string): Promise<void> {
    const all = await this.readAll();
    await this.writeAll({ ...all, [credentialKey(siteUrl, user)]: this.codec.encode(password) });
  }

  async remove(siteUrl: string, user: string): Promise<void> {
    const all = await this.readAll();
    delete all[credentialKey(siteUrl, user)];
    await this.writeAll(all);
  }
}
