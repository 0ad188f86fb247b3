/**
 * One writing process per library. Two processes writing one library would each accept a save at the same
 * revision (the second silently replacing the first editor's headline), store every original of a folder twice
 * and drop each other's index lines when compacting. The first process to open a library writes library.lock
 * (pid, host, start time, command); a second gets a clear "the library is open in …" error.
 *
 * A lock left by a process that died (kill -9, a power cut) is stale when its host is this one and its pid is
 * not running, or runs a different process (Linux: /proc/<pid>/stat's start time differs, so a reused pid does
 * not keep the library locked). Taking over a stale lock is itself serialised by an exclusive mkdir, so two
 * processes finding the same stale lock never both win.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, open, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CopydeskError } from '../domain/errors.js';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** The kernel's start time of the process (Linux), to tell a reused pid from the holder. */
  readonly processStart: string | null;
  readonly command: string;
}

const LOCK_NAME = 'library.lock';
/** A lock file still being written by its holder is at most this old; an unreadable older one is a crash's. */
const UNREADABLE_GRACE_MS = 5000;

const held = new Map<string, LibraryLock>();
let exitHook = false;

export class LibraryLock {
  private released = false;

  private constructor(
    readonly path: string,
    readonly holder: LockHolder,
  ) {}

  /** Takes the library's lock, or throws a 'conflict' CopydeskError naming the process that holds it. */
  static async acquire(dir: string, command = describeCommand()): Promise<LibraryLock> {
    const path = join(dir, LOCK_NAME);
    const mine = held.get(path);
    if (mine && !mine.released) return mine; // this process already holds it (a library opened again)
    await mkdir(dir, { recursive: true });
    const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), processStart: processStart(process.pid), command };
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await createLock(path, me)) {
        const lock = new LibraryLock(path, me);
        held.set(path, lock);
        // One hook for every lock this process takes: a normal exit removes them (a kill leaves them stale).
        if (!exitHook) {
          exitHook = true;
          process.once('exit', () => {
            for (const l of held.values()) l.releaseSync();
          });
        }
        return lock;
      }
      const holder = await readHolder(path);
      if (holder === 'gone') continue;
      if (holder === 'being-written') {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      if (holder === 'unreadable' || isStale(holder)) {
        await takeOverStale(path, holder);
        continue;
      }
      if (holder.pid === process.pid && holder.host === me.host) {
        // Ours from an earlier open in this process whose lock object was released without removing the file.
        await rm(path, { force: true });
        continue;
      }
      throw lockedError(dir, holder);
    }
    throw new CopydeskError('conflict', `The library ${dir} is being opened by another process right now: try again`);
  }

  /** Who holds a library's lock, if anyone alive does. */
  static async holderOf(dir: string): Promise<LockHolder | null> {
    const holder = await readHolder(join(dir, LOCK_NAME));
    return typeof holder === 'object' && !isStale(holder) ? holder : null;
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    held.delete(this.path);
    const now = await readHolder(this.path);
    if (typeof now === 'object' && now.pid === this.holder.pid && now.startedAt === this.holder.startedAt) await rm(this.path, { force: true });
  }

  private releaseSync(): void {
    if (this.released) return;
    this.released = true;
    try {
      const now = JSON.parse(readFileSync(this.path, 'utf8')) as LockHolder;
      if (now.pid === this.holder.pid && now.startedAt === this.holder.startedAt) rmSync(this.path, { force: true });
    } catch {
      // Gone or unreadable: nothing of ours to remove.
    }
  }
}

export function lockedError(dir: string, holder: LockHolder): CopydeskError {
  return new CopydeskError(
    'conflict',
    `The library ${dir} is open in ${holder.command} (pid ${holder.pid}) on ${holder.host} since ${holder.startedAt}: close it there first, or use another --data folder`,
  );
}

async function createLock(path: string, me: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(JSON.stringify(me));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(path: string): Promise<LockHolder | 'gone' | 'unreadable' | 'being-written'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw err;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    if (Number.isInteger(holder.pid) && typeof holder.host === 'string') return holder;
  } catch {
    // Torn: its writer died mid-write, or is writing it now (told apart by age below).
  }
  try {
    return Date.now() - (await stat(path)).mtimeMs > UNREADABLE_GRACE_MS ? 'unreadable' : 'being-written';
  } catch {
    return 'gone';
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false; // another machine's process cannot be checked
  if (!alive(holder.pid)) return true;
  const start = processStart(holder.pid);
  return start !== null && holder.processStart !== null && start !== holder.processStart;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), read after the command's closing paren. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

async function takeOverStale(path: string, seen: LockHolder | 'unreadable'): Promise<void> {
  const gate = `${path}.takeover`;
  try {
    await mkdir(gate);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Someone else is taking it over; a gate left by a crash is cleared once old.
    const age = await stat(gate).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > UNREADABLE_GRACE_MS) await rmdir(gate).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    return;
  }
  try {
    const now = await readHolder(path);
    const same = seen === 'unreadable' ? now === 'unreadable' : typeof now === 'object' && now.pid === seen.pid && now.startedAt === seen.startedAt;
    if (same) await rm(path, { force: true });
  } finally {
    await rmdir(gate).catch(() => undefined);
  }
}

function describeCommand(): string {
  const args = process.argv.slice(1).map((a) => a.replace(/^.*[\\/]/u, ''));
  const command = args.find((a) => ['import', 'serve', 'watch', 'export', 'list', 'presets'].includes(a));
  return command ? `copydesk ${command}` : (args[0] ?? 'another Copydesk');
}
