/**
 * The offline desk: a publish to a site that cannot be reached is queued in the data folder, survives a restart,
 * is retried with a growing delay, and goes out once the site answers. The site here is a small HTTP server on
 * 127.0.0.1 that answers the few wp/v2 calls the client makes (the real WordPress is in the e2e).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { PUBLISH_QUEUE_FILE, retryDelayMs } from '../../../electron/publish/publish-log.js';
import { CREDENTIALS_FILE } from '../../../electron/publish/credentials.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';
import { readyStory } from '../ready-story.js';

const tempDir = useTempDirs();
const PASSWORD = 'abcd EFGH ijkl MNOP qrst UVWX';

interface SitePost {
  id: number;
  title: string;
  status: string;
}

/** Listens on a free port, tells it, and closes again: the port then refuses connections. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function fakeWordPress(port: number): Promise<{ server: Server; posts: SitePost[]; auth: string[] }> {
  const posts: SitePost[] = [];
  const auth: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      auth.push(req.headers.authorization ?? '');
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // A site under /sub/ that has no REST API: WordPress's own "no route" answer.
      if (url.pathname.startsWith('/sub/')) return send(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' });
      if (url.pathname.endsWith('/categories') && req.method === 'GET') return send(200, []);
      if (url.pathname.endsWith('/categories')) return send(201, { id: 7, name: 'News' });
      if (url.pathname.endsWith('/posts') && req.method === 'POST') {
        const sent = JSON.parse(body) as { title: string; status: string };
        const post = { id: posts.length + 10, title: sent.title, status: sent.status };
        posts.push(post);
        return send(201, { ...post, link: `http://127.0.0.1:${port}/?p=${post.id}` });
      }
      return send(404, { code: 'rest_no_route', message: 'No route' });
    });
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, posts, auth })));
}

async function library(dir: string, clock: { now: Date }): Promise<CopydeskService> {
  return new CopydeskService(await ArticleStore.open(dir), { now: () => clock.now });
}

async function readySeed(api: CopydeskService): Promise<string> {
  const report = await api.importText({ text: await readFile(SEED_PATH, 'utf8'), name: 'seed.txt' });
  const id = report.articles[0]?.id ?? '';
  await readyStory(api, id);
  return id;
}

describe('publish queue', () => {
  it('queues a publish to an unreachable site, keeps it across a restart, backs off, and sends it when the site answers', async () => {
    const dir = await tempDir();
    const clock = { now: new Date('2026-12-01T12:00:00Z') };
    const port = await freePort();
    const siteUrl = `http://127.0.0.1:${port}/`;
    const first = await library(dir, clock);
    const id = await readySeed(first);
    await first.savePublishPassword({ siteUrl, user: 'desk', password: PASSWORD });

    const report = await first.publishStories({ ids: [id], wordpress: { siteUrl, user: 'desk' } });
    expect(report.results).toHaveLength(1);
    const queued = report.results[0];
    expect(queued?.state).toBe('queued');
    expect(queued?.message).toContain('could not be reached');
    expect(queued?.message).not.toContain(PASSWORD.replace(/\s+/g, ''));
    expect(queued?.attempts).toBe(1);
    expect(queued?.nextAttemptAt).toBe(new Date(clock.now.getTime() + retryDelayMs(1)).toISOString());
    await first.close();

    // A restart: a new service over the same folder still has it queued.
    const second = await library(dir, clock);
    expect((await second.publishStatus({ ids: [id] })).map((s) => s.state)).toEqual(['queued']);
    // Not due yet: nothing is tried.
    expect(await second.retryPublishQueue()).toEqual([]);
    // Due, still unreachable: one more attempt, twice the delay.
    clock.now = new Date(clock.now.getTime() + retryDelayMs(1));
    const retried = await second.retryPublishQueue();
    expect(retried.map((r) => [r.state, r.attempts])).toEqual([['queued', 2]]);
    expect(retried[0]?.nextAttemptAt).toBe(new Date(clock.now.getTime() + retryDelayMs(2)).toISOString());
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    // The site comes back: the next due try publishes, with the stored password, once.
    const site = await fakeWordPress(port);
    try {
      clock.now = new Date(clock.now.getTime() + retryDelayMs(2));
      const sent = await second.retryPublishQueue();
      // Sent as the target's default post status, a draft.
      expect(sent.map((s) => s.state)).toEqual(['draft']);
      expect(sent[0]?.url).toBe(`${siteUrl}?p=10`);
      expect(site.posts.map((p) => p.title)).toEqual(['Iran cautions Iraq on secessionist approaches']);
      expect(site.auth.every((a) => a === `Basic ${Buffer.from(`desk:${PASSWORD.replace(/\s+/g, '')}`).toString('base64')}`)).toBe(true);
      // The story keeps the post's id with its export record, for the next republish.
      const story = await second.getArticle({ id });
      expect(story.status).toBe('exported');
      expect(story.exports.at(-1)).toMatchObject({ format: 'wordpress', site: siteUrl, remoteId: 10 });
      expect(await second.retryPublishQueue()).toEqual([]);
    } finally {
      await second.close();
      await new Promise<void>((done) => site.server.close(() => done()));
    }

    // Credentials only in their 0600 file; never in the queue file.
    expect((await stat(join(dir, CREDENTIALS_FILE))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, PUBLISH_QUEUE_FILE), 'utf8')).not.toContain('EFGH');
  });

  it('says a missing password plainly, and a site that refuses keeps its own message', async () => {
    const dir = await tempDir();
    const clock = { now: new Date('2026-12-01T12:00:00Z') };
    const api = await library(dir, clock);
    const id = await readySeed(api);
    const port = await freePort();
    const site = await fakeWordPress(port);
    try {
      const siteUrl = `http://127.0.0.1:${port}/`;
      const none = await api.publishStories({ ids: [id], wordpress: { siteUrl, user: 'desk' } });
      expect(none.results[0]).toMatchObject({ state: 'failed', message: `No application password is saved for desk at ${siteUrl}` });
      // A 404 is the site saying no, not a site out of reach: failed with its own words, not queued.
      await api.savePublishPassword({ siteUrl: `${siteUrl}sub/`, user: 'desk', password: PASSWORD });
      const refused = await api.publishStories({ ids: [id], wordpress: { siteUrl: `${siteUrl}sub/`, user: 'desk' } });
      expect(refused.results[0]?.state).toBe('failed');
      expect(refused.results[0]?.message).toBe('WordPress said: No route was found matching the URL and request method. [rest_no_route] (HTTP 404)');
    } finally {
      await api.close();
      await new Promise<void>((done) => site.server.close(() => done()));
    }
  });
});
