/**
 * A WordPress site's REST API (wp/v2), with an application password (Basic authentication, WordPress ≥ 5.6).
 * Creates and updates posts, matches or creates categories and tags by name, finds an author among the site's
 * users. Errors carry the site's own message and never the credentials.
 */
import { siteKey } from '../domain/publish-target.js';
import type { WordPressPost } from './wordpress-payload.js';

/** Why a request failed: the site could not be reached (try again later), or it answered no (say why). */
export class PublishError extends Error {
  constructor(
    message: string,
    /** True when the site was unreachable or busy (network error, timeout, 5xx, 429): the publish is queued. */
    readonly retryable: boolean,
    readonly status: number | null = null,
    /** WordPress's error code (`term_exists`, `rest_post_invalid_id`…) and the id it names, if any. */
    readonly siteCode: string | null = null,
    readonly termId: number | null = null,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

export interface RemotePost {
  readonly id: number;
  readonly link: string;
  readonly status: string;
}

export interface WordPressClientOptions {
  readonly siteUrl: string;
  readonly user: string;
  readonly password: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

interface WpTerm {
  readonly id: number;
  readonly name: string;
}

/** WordPress returns term and user names HTML-escaped (`A &amp; B`): compare them as text. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const sameName = (a: string, b: string): boolean => decodeEntities(a).trim().toLowerCase() === b.trim().toLowerCase();

export class WordPressClient {
  private readonly base: string;
  private readonly auth: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: WordPressClientOptions) {
    this.base = `${siteKey(options.siteUrl)}wp-json/wp/v2`;
    // Application passwords are shown with spaces ("abcd efgh …"); WordPress accepts them either way.
    this.auth = `Basic ${Buffer.from(`${options.user}:${options.password.replace(/\s+/g, '')}`).toString('base64')}`;
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  private async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, {
        method,
        headers: { Authorization: this.auth, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'error',
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      const why = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : (cause ?? (err instanceof Error ? err.message : 'failed'));
      throw new PublishError(`The site ${siteKey(this.base.replace(/wp-json\/wp\/v2$/, ''))} could not be reached (${why})`, true);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) {
      const site = json && typeof json === 'object' ? (json as { message?: unknown; code?: unknown; data?: { term_id?: unknown } }) : {};
      const message = typeof site.message === 'string' ? decodeEntities(site.message.replace(/<[^>]*>/g, '')) : `HTTP ${response.status}`;
      const code = typeof site.code === 'string' ? ` [${site.code}]` : '';
      const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
      const termId = typeof site.data?.term_id === 'number' ? site.data.term_id : null;
      throw new PublishError(`WordPress said: ${message}${code} (HTTP ${response.status})`, retryable, response.status, typeof site.code === 'string' ? site.code : null, termId);
    }
    if (json === null) throw new PublishError(`WordPress answered ${method} ${path} with something that is not JSON`, false, response.status);
    return json as T;
  }

  /** The term's id: an existing one of that name, else a new one. */
  async termId(taxonomy: 'categories' | 'tags', name: string): Promise<number> {
    const found = await this.request<WpTerm[]>('GET', `/${taxonomy}?search=${encodeURIComponent(name)}&per_page=100&_fields=id,name`);
    const match = found.find((t) => sameName(t.name, name));
    if (match) return match.id;
    try {
      // Term names are stored as HTML too: escape what WordPress would otherwise take as markup.
      const created = await this.request<WpTerm>('POST', `/${taxonomy}`, { name: name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') });
      return created.id;
    } catch (err) {
      // The search missed it (WordPress searches the stored, HTML-escaped name) or someone made it meanwhile:
      // WordPress names the existing term in its error.
      if (err instanceof PublishError && err.siteCode === 'term_exists' && err.termId !== null) return err.termId;
      throw err;
    }
  }

  /** A site user whose display name or login is the byline's name; null when none is (the post stays the account's). */
  async authorId(name: string): Promise<number | null> {
    const users = await this.request<{ id: number; name: string; slug: string }[]>('GET', `/users?search=${encodeURIComponent(name)}&per_page=20&_fields=id,name,slug`);
    return users.find((u) => sameName(u.name, name) || sameName(u.slug, name))?.id ?? null;
  }

  private async body(post: WordPressPost): Promise<Record<string, unknown>> {
    const categories: number[] = [];
    for (const name of post.categoryNames) categories.push(await this.termId('categories', name));
    const tags: number[] = [];
    for (const name of post.tagNames) tags.push(await this.termId('tags', name));
    const author = post.authorName === null ? null : await this.authorId(post.authorName);
    return {
      title: post.title,
      content: post.content,
      excerpt: post.excerpt,
      slug: post.slug,
      status: post.status,
      ...(post.date_gmt ? { date_gmt: post.date_gmt } : {}),
      categories,
      tags,
      ...(author === null ? {} : { author }),
    };
  }

  async createPost(post: WordPressPost): Promise<RemotePost> {
    return this.request<RemotePost>('POST', '/posts', await this.body(post));
  }

  async updatePost(id: number, post: WordPressPost): Promise<RemotePost> {
    return this.request<RemotePost>('POST', `/posts/${id}`, await this.body(post));
  }

  /** The post as the site has it (any status), or null when it is gone (deleted or trashed for good). */
  async getPost(id: number): Promise<RemotePost | null> {
    try {
      return await this.request<RemotePost>('GET', `/posts/${id}?context=edit&_fields=id,link,status`);
    } catch (err) {
      if (err instanceof PublishError && (err.status === 404 || err.status === 410)) return null;
      throw err;
    }
  }

  /** Takes a post down: back to draft (off the site, kept for the desk), or to the trash. */
  async takeDown(id: number, action: 'draft' | 'trash'): Promise<RemotePost> {
    if (action === 'draft') return this.request<RemotePost>('POST', `/posts/${id}`, { status: 'draft' });
    return this.request<RemotePost>('DELETE', `/posts/${id}`);
  }
}
