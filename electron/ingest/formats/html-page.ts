/**
 * A saved web page → a draft: the article's text lifted out of the page chrome, and its metadata from the
 * page's own declarations (JSON-LD `NewsArticle`, Open Graph and `article:` meta tags, `<title>`, `<html lang>`).
 *
 * The body is found by scoring: page furniture (nav, header, footer, aside, forms, and elements whose class or
 * id names comments, sharing, related links, ads…) is dropped; every paragraph of real prose scores its parent
 * (and half that to the grandparent) by its length and commas; the best-scoring container — or the `<article>`
 * holding most of the prose — is the story, and its paragraphs that are not mostly links are the copy.
 */
import type { Author } from '../../domain/article.js';
import { attr, find, findAll, paragraphsOf, parseTree, rawText, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';
import { parsePlainText } from './plain-text.js';

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'figure', 'menu', 'dialog']);
const CHROME_NAMES = /comment|share|social|related|promo|footer|\bnav|menu|sidebar|cookie|subscribe|advert|\bads?\b|ad-|newsletter|banner|breadcrumb|masthead|popup|modal|outbrain|taboola|recommend|tags?\b|toolbar|skip/iu;
const PROSE_NAMES = /article|story|content|body|text|post|entry/iu;
const PARAGRAPHS = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'li', 'pre']);

export function parseHtmlPage(text: string): WireDraft {
  const root = parseTree(text, { xml: false });
  const ld = jsonLdArticle(root);
  const metas = metaTags(root);
  const body = extractBody(root);
  // A fragment of short paragraphs scores nothing: then the JSON-LD articleBody, else every block of the page.
  const fallback = body.length > 0 ? body : parsePlainText(str(ld?.['articleBody']) ?? '').blocks;
  const blocks = fallback.length > 0 ? fallback : paragraphsOf(find(root, 'body') ?? root);
  const siteName = metas.get('og:site_name') ?? str(objName(ld?.['publisher']));
  const title = textOf(find(root, 'title'));
  const headline =
    str(ld?.['headline']) ?? metas.get('og:title') ?? metas.get('twitter:title') ?? nonEmpty(textOf(find(root, 'h1'))) ?? stripSiteName(title, siteName);
  const authors = authorsOf(ld, metas, root);
  const meta: WireMeta = compact({
    headline: headline ? stripSiteName(headline, siteName) : undefined,
    byline: nonEmpty(authors.map((a) => a.name).join(', ')),
    abstract: str(ld?.['description']) ?? metas.get('og:description') ?? metas.get('description'),
    language: nonEmpty(attr(find(root, 'html'), 'lang')) ?? str(ld?.['inLanguage']),
    source: siteName ? { name: siteName, credit: siteName } : undefined,
    guid: metas.get('og:url') ?? str(ld?.['url']),
    created: isoDate(str(ld?.['datePublished']) ?? metas.get('article:published_time') ?? timeOf(root)),
    updated: isoDate(str(ld?.['dateModified']) ?? metas.get('article:modified_time')),
    keywords: keywordsOf(ld, metas),
    subjects: metas.has('article:section') ? [{ code: metas.get('article:section') ?? '', scheme: 'section', name: metas.get('article:section') ?? '' }] : undefined,
    authors,
  });
  return { blocks, meta };
}

/** `<title>Headline | Site</title>` → `Headline`. */
function stripSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/u);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1] ?? '';
  if (siteName && last.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ').trim();
  return parts.length > 1 && last.length < 30 ? parts.slice(0, -1).join(' - ').trim() : title.trim();
}

function metaTags(root: El): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of findAll(root, 'meta')) {
    const key = (attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop')).toLowerCase();
    const value = nonEmpty(attr(m, 'content'));
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? nonEmpty(v) : undefined;
}

function objName(v: Json | undefined): Json | undefined {
  if (isObj(v)) return v['name'];
  return typeof v === 'string' ? v : undefined;
}

/** The first JSON-LD object typed as an article (NewsArticle, ReportageNewsArticle, BlogPosting…), @graph included. */
function jsonLdArticle(root: El): Obj | null {
  for (const script of findAll(root, 'script')) {
    if (!/ld\+json/iu.test(attr(script, 'type'))) continue;
    let data: Json;
    try {
      data = JSON.parse(rawText(script)) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length > 0) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (isObj(v)) {
        const type = v['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|NewsArticle|Report/u.test(t))) return v;
        if (Array.isArray(v['@graph'])) queue.push(...v['@graph']);
      }
    }
  }
  return null;
}

function authorsOf(ld: Obj | null, metas: Map<string, string>, root: El): Author[] {
  const fromLd = ld?.['author'];
  const list = Array.isArray(fromLd) ? fromLd : fromLd ? [fromLd] : [];
  const names = list.map((a) => str(objName(a))).filter((n): n is string => Boolean(n));
  if (names.length === 0) {
    const meta = metas.get('author') ?? metas.get('article:author');
    if (meta && !/^https?:/u.test(meta)) names.push(meta);
  }
  if (names.length === 0) {
    const rel = findAll(root, 'a').find((a) => attr(a, 'rel') === 'author');
    const byline = rel ?? findByClass(root, /byline|author/iu);
    const text = textOf(byline).replace(/^by\s+/iu, '');
    if (text && text.length < 80) names.push(text);
  }
  return names.map((name) => ({ name, role: 'author' }));
}

function keywordsOf(ld: Obj | null, metas: Map<string, string>): string[] {
  const kw = ld?.['keywords'];
  if (Array.isArray(kw)) return kw.map((k) => str(k) ?? '').filter(Boolean);
  const text = str(kw) ?? metas.get('keywords') ?? metas.get('news_keywords');
  return text ? text.split(',').map((k) => k.trim()).filter(Boolean) : [];
}

function timeOf(root: El): string | undefined {
  const t = find(root, 'time');
  return nonEmpty(attr(t, 'datetime'));
}

function findByClass(el: El, re: RegExp): El | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (re.test(`${attr(c, 'class')} ${attr(c, 'id')}`)) return c;
    const d = findByClass(c, re);
    if (d) return d;
  }
  return null;
}

function isChrome(el: El): boolean {
  if (CHROME_TAGS.has(el.local)) return true;
  if (el.local === 'body' || el.local === 'article' || el.local === 'main' || el.local === 'html') return false;
  const names = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'role')}`;
  if (names.trim() === '') return false;
  if (/\b(?:navigation|banner|contentinfo|complementary)\b/u.test(attr(el, 'role'))) return true;
  return CHROME_NAMES.test(names) && !PROSE_NAMES.test(names);
}

interface Scored {
  readonly el: El;
  score: number;
}

function extractBody(root: El): string[] {
  const body = find(root, 'body') ?? root;
  const scores = new Map<El, Scored>();
  const articles: El[] = [];
  const add = (el: El | undefined, n: number): void => {
    if (!el) return;
    const s = scores.get(el);
    if (s) s.score += n;
    else scores.set(el, { el, score: n });
  };
  const parents = new Map<El, El>();
  const walk = (el: El, ancestors: El[]): void => {
    for (const c of el.children) {
      if (typeof c === 'string' || isChrome(c)) continue;
      parents.set(c, el);
      if (c.local === 'article') articles.push(c);
      if (c.local === 'p' || c.local === 'pre') {
        const t = textOf(c);
        if (t.length >= 25) {
          const score = 1 + (t.match(/,/gu)?.length ?? 0) + Math.min(3, Math.floor(t.length / 100));
          add(el, score);
          add(ancestors[ancestors.length - 1], score / 2);
        }
        continue;
      }
      walk(c, [...ancestors, el]);
    }
  };
  walk(body, []);
  let best: Scored | null = null;
  for (const s of scores.values()) if (!best || s.score > best.score) best = s;
  if (!best) return [];
  const top = best;
  // An <article> that holds the best container is the story's own boundary; take it when it adds prose.
  const article = articles.find((a) => contains(a, top.el));
  if (article) return proseOf(article);
  // A story split by an ad or a photo into sibling containers: siblings that score at least a fifth as much join it.
  const parent = parents.get(top.el);
  if (!parent || parent === body) return proseOf(top.el);
  const threshold = Math.max(2, top.score * 0.2);
  const parts = parent.children.filter((c): c is El => typeof c !== 'string' && (c === top.el || (scores.get(c)?.score ?? 0) >= threshold));
  return parts.flatMap(proseOf);
}

function contains(outer: El, inner: El): boolean {
  if (outer === inner) return true;
  return outer.children.some((c) => typeof c !== 'string' && contains(c, inner));
}

function proseOf(container: El): string[] {
  const out: string[] = [];
  const walk = (el: El): void => {
    for (const c of el.children) {
      if (typeof c === 'string' || isChrome(c)) continue;
      if (PARAGRAPHS.has(c.local)) {
        const t = textOf(c);
        if (t.length === 0 || linkDensity(c, t) > 0.5) continue;
        if (c.local === 'li' && t.length < 40) continue;
        out.push(t);
        continue;
      }
      if (c.local === 'h1') continue;
      walk(c);
    }
  };
  walk(container);
  return out;
}

function linkDensity(el: El, text: string): number {
  const links = findAll(el, 'a').reduce((n, a) => n + textOf(a).length, 0);
  return text.length === 0 ? 0 : links / text.length;
}
