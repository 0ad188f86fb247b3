/**
 * A static site's Git working tree, driven through the `git` binary (execFile, never a shell: paths and messages
 * go as arguments, so nothing in a headline can run). Writes or removes one story's file and commits exactly that
 * path, leaving whatever else the site's editors have staged alone. Pushing stays with the site's own workflow.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../store/durable-file.js';
import { PublishError } from './wordpress-client.js';

export interface GitResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Used when the repository has no user.name/user.email of its own, so a commit never fails for want of one. */
const FALLBACK_IDENTITY = ['-c', 'user.name=Copydesk', '-c', 'user.email=copydesk@localhost'];

export interface CommitOutcome {
  /** The new commit's id; null when the file was already as written (nothing to commit). */
  readonly commit: string | null;
  readonly path: string;
}

export class GitFolderClient {
  readonly folder: string;

  constructor(folder: string, private readonly gitBinary = 'git') {
    if (!isAbsolute(folder)) throw new PublishError(`The Git folder must be an absolute path, not "${folder}"`, false);
    this.folder = resolve(folder);
  }

  private git(args: readonly string[]): Promise<GitResult> {
    return new Promise((done, fail) => {
      execFile(this.gitBinary, ['-C', this.folder, ...args], { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024, timeout: 60_000 }, (err, stdout, stderr) => {
        if (!err) return done({ stdout, stderr });
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return fail(new PublishError('The git program was not found: install Git to publish to a Git folder', false));
        const said = (stderr || stdout || err.message).trim().split('\n').slice(-3).join(' ');
        // Another git process holds the index: try again later, as with a busy site.
        const busy = /index\.lock|unable to create .*\.lock/i.test(said);
        fail(new PublishError(`git ${args[0] ?? ''} in ${this.folder} said: ${said}`, busy));
      });
    });
  }

  /** Refuses a folder that is not a Git working tree, naming it. */
  async check(): Promise<void> {
    const info = await stat(this.folder).catch(() => null);
    if (!info?.isDirectory()) throw new PublishError(`The Git folder ${this.folder} does not exist`, false);
    const inside = await this.git(['rev-parse', '--is-inside-work-tree']).catch(() => null);
    if (inside?.stdout.trim() !== 'true') throw new PublishError(`${this.folder} is not a Git repository (run git init there first)`, false);
  }

  /** The absolute path of a repository path, refusing one that would leave the working tree. */
  private within(path: string): string {
    const full = resolve(this.folder, path);
    const rel = relative(this.folder, full);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new PublishError(`"${path}" is outside the Git folder ${this.folder}`, false);
    return full;
  }

  async exists(path: string): Promise<boolean> {
    return (await stat(this.within(path)).catch(() => null))?.isFile() === true;
  }

  async read(path: string): Promise<string | null> {
    return readFile(this.within(path), 'utf8').catch(() => null);
  }

  private async identity(): Promise<string[]> {
    const email = await this.git(['config', 'user.email']).catch(() => null);
    return email && email.stdout.trim() !== '' ? [] : FALLBACK_IDENTITY;
  }

  /** Commits only `path` (`git commit -- path`): what else is staged in the repository stays staged, uncommitted. */
  private async commitPath(path: string, message: string): Promise<string | null> {
    const changed = await this.git(['status', '--porcelain', '--', path]);
    if (changed.stdout.trim() === '') return null;
    await this.git([...(await this.identity()), 'commit', '--quiet', '--no-verify', '-m', message, '--', path]);
    return (await this.git(['rev-parse', 'HEAD'])).stdout.trim();
  }

  /** Writes the file (creating its folders) and commits it. */
  async writeAndCommit(path: string, text: string, message: string): Promise<CommitOutcome> {
    await this.check();
    const full = this.within(path);
    await mkdir(dirname(full), { recursive: true });
    await writeFileAtomic(full, text);
    // The atomic write makes a private file; a site's content is read by its build and web server.
    await chmod(full, 0o644);
    await this.git(['add', '--', path]);
    return { commit: await this.commitPath(path, message), path };
  }

  /** Removes the file from the working tree and the index, and commits the removal. */
  async removeAndCommit(path: string, message: string): Promise<CommitOutcome> {
    await this.check();
    const full = this.within(path);
    const tracked = await this.git(['ls-files', '--error-unmatch', '--', path]).then(() => true, () => false);
    if (!tracked) {
      await rm(full, { force: true });
      return { commit: null, path };
    }
    await this.git(['rm', '--quiet', '--', path]);
    return { commit: await this.commitPath(path, message), path };
  }
}
