/**
 * What the library keeps for the whole desk, beside the articles: the editor's per-source boilerplate rules,
 * the house glossary of loaded terms and the source registry (desk.json, written atomically). Changes are
 * serialised so two quick edits never lose one another.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_DESK,
  SOURCE_KINDS,
  type BoilerplateRule,
  type DeskSettings,
  type GlossaryTerm,
  type RegistryEntry,
} from '../domain/desk.js';
import { writeFileAtomic } from './durable-file.js';

export class DeskStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private current: DeskSettings,
  ) {}

  static async open(dir: string): Promise<DeskStore> {
    const path = join(dir, 'desk.json');
    let text: string | null = null;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (text === null) return new DeskStore(path, DEFAULT_DESK);
    try {
      return new DeskStore(path, parseDesk(JSON.parse(text)));
    } catch {
      // A damaged desk.json must not keep the library from opening: it is set aside, never deleted, and the
      // desk starts from the defaults.
      await rename(path, `${path}.damaged-${Date.now()}`);
      return new DeskStore(path, DEFAULT_DESK);
    }
  }

  /** A desk kept in memory only (tests, a library opened read-only). */
  static inMemory(settings: DeskSettings = DEFAULT_DESK): DeskStore {
    return new DeskStore('', settings);
  }

  get settings(): DeskSettings {
    return this.current;
  }

  update(change: (desk: DeskSettings) => DeskSettings): Promise<DeskSettings> {
    const next = this.queue.then(async () => {
      const updated = change(this.current);
      if (updated === this.current) return updated;
      if (this.path) await writeFileAtomic(this.path, JSON.stringify(updated, null, 1));
      this.current = updated;
      return updated;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** desk.json is the editor's own file, but it is read defensively: a damaged entry is dropped, not trusted. */
function parseDesk(value: unknown): DeskSettings {
  const asRecord = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<string, unknown>;
  const rec = asRecord(value);
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const boilerplate: BoilerplateRule[] = list(rec.boilerplate).flatMap((b) => {
    const r = asRecord(b);
    const source = str(r.source);
    const text = str(r.text);
    return source && text ? [{ source, text, createdAt: str(r.createdAt) ?? '' }] : [];
  });
  const glossary: GlossaryTerm[] = Array.isArray(rec.glossary)
    ? list(rec.glossary).flatMap((g) => {
        const r = asRecord(g);
        const term = str(r.term);
        return term ? [{ term, suggestion: str(r.suggestion) ?? '', note: str(r.note) ?? '' }] : [];
      })
    : [...DEFAULT_DESK.glossary];
  const registry: RegistryEntry[] = list(rec.registry).flatMap((e) => {
    const r = asRecord(e);
    const name = str(r.name);
    const kind = SOURCE_KINDS.find((k) => k === r.kind);
    if (!name || !kind) return [];
    return [{ name, kind, role: str(r.role), organisation: str(r.organisation), note: str(r.note) ?? '', stories: typeof r.stories === 'number' ? r.stories : 0 }];
  });
  const userName = str(rec.userName);
  return { ...(userName ? { userName } : {}), boilerplate, glossary, registry };
}
