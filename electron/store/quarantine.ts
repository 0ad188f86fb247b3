/**
 * Files that could not be imported, kept with their bytes and the reason: <library>/quarantine/<key> holds the
 * bytes (when they could be read) and <key>.json the record. The key is the bytes' sha256, so the same bad file
 * dropped twice is kept once; a file that could not even be read is keyed by its path and reason.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuarantineRecord } from '../domain/quarantine-record.js';
import { writeFileAtomic } from './durable-file.js';

export type { QuarantineRecord };

export class Quarantine {
  constructor(readonly dir: string) {}

  async put(fileName: string, reason: string, bytes: Uint8Array | null, at: Date): Promise<QuarantineRecord> {
    await mkdir(this.dir, { recursive: true });
    const key = createHash('sha256')
      .update(bytes ?? `${fileName}\u0000${reason}`)
      .digest('hex');
    const path = bytes ? join(this.dir, key) : null;
    if (bytes && path && !existsSync(path)) await writeFileAtomic(path, bytes, false);
    const record: QuarantineRecord = { key, fileName, reason, at: at.toISOString(), size: bytes ? bytes.length : null, path };
    await writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(record), false);
    return record;
  }

  /** Newest first; at most `limit`. */
  async list(limit = 1000): Promise<QuarantineRecord[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
    } catch {
      return [];
    }
    const records: QuarantineRecord[] = [];
    for (const name of names) {
      try {
        records.push(JSON.parse(await readFile(join(this.dir, name), 'utf8')) as QuarantineRecord);
      } catch {
        // A record torn by a crash is skipped; its bytes stay.
      }
    }
    return records.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
  }
}
