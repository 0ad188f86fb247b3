/**
 * Where each story stands on each site, kept in publish-queue.json in the data folder (durable writes: temp file,
 * fsync, rename): published with its URL and the site's post id, scheduled, failed with the site's own message,
 * taken down — or queued, waiting for its next try because the site could not be reached. The queue survives a
 * restart: the service retries what is due when it starts and then every few seconds.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { PublishPostStatus, PublishState, PublishTarget, TakedownAction } from '../domain/publish-target.js';
import { DurableJsonFile } from '../store/durable-file.js';

export const PUBLISH_QUEUE_FILE = 'publish-queue.json';

export interface PublishEntry {
  readonly articleId: string;
  /** siteKey() of the site. */
  readonly site: string;
  readonly user: string;
  /** The preset the story goes out with (its house style and gates); null for a bare --wordpress target. */
  readonly preset: string | null;
  readonly postStatus: PublishPostStatus;
  readonly takedown: TakedownAction;
  /** What a queued entry will do when it is tried again. */
  readonly action: 'publish' | 'takedown';
  readonly state: PublishState;
  readonly remoteId: number | null;
  readonly url: string | null;
  /** The site's message for a failure, or why it is queued. */
  readonly message: string | null;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly updatedAt: string;
  /** The whole target (absent in entries written before Git folders: those are WordPress sites). */
  readonly target?: PublishTarget;
  /** A Git folder: the story's file inside the repository, and the last commit that changed it. */
  readonly path?: string | null;
  readonly commit?: string | null;
}

interface QueueFile {
  readonly entries: readonly PublishEntry[];
}

/** 30 s, 1 min, 2 min … at most an hour between tries. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export class PublishLog {
  private constructor(private readonly db: Low<QueueFile>) {}

  static async open(dir: string): Promise<PublishLog> {
    const db = new Low<QueueFile>(new DurableJsonFile<QueueFile>(join(dir, PUBLISH_QUEUE_FILE)), { entries: [] });
    await db.read();
    if (!Array.isArray(db.data.entries)) db.data = { entries: [] };
    return new PublishLog(db);
  }

  get(articleId: string, site: string): PublishEntry | undefined {
    return this.db.data.entries.find((e) => e.articleId === articleId && e.site === site);
  }

  forStory(articleId: string): PublishEntry[] {
    return this.db.data.entries.filter((e) => e.articleId === articleId);
  }

  all(): readonly PublishEntry[] {
    return this.db.data.entries;
  }

  /** Queued entries whose next try has come. */
  due(now: Date): PublishEntry[] {
    return this.db.data.entries.filter((e) => e.state === 'queued' && (e.nextAttemptAt === null || Date.parse(e.nextAttemptAt) <= now.getTime()));
  }

  async put(entry: PublishEntry): Promise<PublishEntry> {
    const others = this.db.data.entries.filter((e) => !(e.articleId === entry.articleId && e.site === entry.site));
    this.db.data = { entries: [...others, entry] };
    await this.db.write();
    return entry;
  }
}
