/**
 * The library's register of kills: each kill, withdrawal or cancellation an agency sent, the stories it reaches
 * (the killed item's versions, and local stories whose text comes from it), and whether an editor lifted it, with
 * the reason they gave. Export refuses a story the register names until the kill is lifted. Kept in one small file
 * beside the library (`kills.json`), written atomically: kills are rare, and every one must survive a crash.
 */
import { join } from 'node:path';
import type { KillEntry, KillLift } from '../domain/kill.js';
import { DurableJsonFile } from './durable-file.js';

export type { KillEntry, KillLift };

interface KillFile {
  readonly kills: readonly KillEntry[];
}

export class KillRegister {
  private constructor(
    private readonly file: DurableJsonFile<KillFile>,
    private kills: KillEntry[],
  ) {}

  static async open(dir: string): Promise<KillRegister> {
    const file = new DurableJsonFile<KillFile>(join(dir, 'kills.json'));
    let data: KillFile | null;
    try {
      data = await file.read();
    } catch (err) {
      throw new Error(`The library's kill register ${join(dir, 'kills.json')} cannot be read: ${(err as Error).message}`, { cause: err });
    }
    const kills = Array.isArray(data?.kills) ? data.kills.filter(isEntry) : [];
    return new KillRegister(file, kills);
  }

  list(): readonly KillEntry[] {
    return this.kills;
  }

  /** The kill in force on a story (not lifted), if any. */
  activeFor(storyId: string): KillEntry | null {
    return this.kills.find((k) => k.lifted === null && k.affected.includes(storyId)) ?? null;
  }

  /** Every story a kill in force reaches (what the search's is:killed and its facet count). */
  activeIds(): Set<string> {
    const ids = new Set<string>();
    for (const k of this.kills) if (k.lifted === null) for (const id of k.affected) ids.add(id);
    return ids;
  }

  /** Every kill that names the story, lifted or not. */
  allFor(storyId: string): readonly KillEntry[] {
    return this.kills.filter((k) => k.affected.includes(storyId));
  }

  /** Records new kills; a notice already recorded keeps its entry, with the newly reached stories added. */
  async record(entries: readonly KillEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const next = [...this.kills];
    for (const e of entries) {
      const at = next.findIndex((k) => k.noticeId === e.noticeId);
      if (at === -1) next.push(e);
      else {
        const old = next[at] as KillEntry;
        next[at] = { ...old, affected: [...new Set([...old.affected, ...e.affected])] };
      }
    }
    await this.file.write({ kills: next });
    this.kills = next;
  }

  /** Lifts every kill in force on the story, with the editor's reason. Returns the entries lifted. */
  async lift(storyId: string, lift: KillLift): Promise<KillEntry[]> {
    const lifted: KillEntry[] = [];
    const next = this.kills.map((k) => {
      if (k.lifted !== null || !k.affected.includes(storyId)) return k;
      const done = { ...k, lifted: lift };
      lifted.push(done);
      return done;
    });
    if (lifted.length === 0) return [];
    await this.file.write({ kills: next });
    this.kills = next;
    return lifted;
  }
}

function isEntry(v: unknown): v is KillEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<KillEntry>;
  return typeof e.noticeId === 'string' && typeof e.signal === 'string' && Array.isArray(e.affected);
}
