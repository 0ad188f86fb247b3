/**
 * A web page's metadata from its own declarations, most specific first: JSON-LD (schema.org `NewsArticle`,
 * `Article`, `BlogPosting`…, `@graph` included), then Open Graph / `article:` / Dublin Core / Parse.ly meta tags,
 * then the document itself (`<title>` with the site's name taken off, `<html lang>`, `<time datetime>`).
 */
import { attr, find, findAll, rawText, textOf, type El } from './tree.js';

export interface PageMetadata {
  readonly title?: string;
  readonly authors: readonly string[];
  readonly description?: string;
  readonly published?: string;
  readonly modified?: string;
  readonly siteName?: string;
  readonly language?: string;
  readonly url?: string;
  /** The lead image, http(s) only. */
  readonly image?: string;
  readonly keywords: readonly string[];
  readonly section?: string;
  /** JSON-LD `articleBody`: the publisher's own copy of the text, a fallback when the page's markup hides it. */
  readonly articleBody?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: Json | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/gu, ' ').trim();
  return t === '' ? undefined : decodeEntities(t);
}

/** JSON-LD and meta content are sometimes written entity-escaped twice (`&amp;#8217;`): decode what is left. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/giu, (m, dec: string, hex: string, name: string) => {
    const cp = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : -1;
    if (cp >= 0) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    return named[name.toLowerCase()] ?? m;
  });
}

function nameOf(v: Json | undefined): string | undefined {
  if (isObj(v)) return str(v['name']);
  return str(v);
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|WebPage/u;

/** The first JSON-LD object typed as an article; a plain `WebPage` only when no article is declared. */
function jsonLdArticle(root: El): Obj | null {
  let page: Obj | null = null;
  for (const script of findAll(root, 'script')) {
    if (!/ld\+json/iu.test(attr(script, 'type'))) continue;
    let data: Json;
    try {
      // Some CMSs wrap the JSON in a comment or a CDATA section.
      data = JSON.parse(rawText(script).replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/gu, '')) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    for (let i = 0; i < queue.length && i < 1000; i++) {
      const v = queue[i];
      if (Array.isArray(v)) queue.push(...v.slice(0, 100));
      else if (isObj(v)) {
        const types = (Array.isArray(v['@type']) ? v['@type'] : [v['@type']]).filter((t): t is string => typeof t === 'string');
        if (types.some((t) => ARTICLE_TYPE.test(t) && !/WebPage/u.test(t))) return v;
        if (!page && types.some((t) => /WebPage/u.test(t))) page = v;
        if (Array.isArray(v['@graph'])) queue.push(...v['@graph'].slice(0, 100));
        if (isObj(v['mainEntity'])) queue.push(v['mainEntity']);
      }
    }
  }
  return page;
}

function metaTags(root: El): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of findAll(root, 'meta')) {
    const value = str(attr(m, 'content'));
    if (!value) continue;
    // `property` may list several names separated by spaces (RDFa).
    for (const key of `${attr(m, 'property')} ${attr(m, 'name')} ${attr(m, 'itemprop')}`.toLowerCase().split(/\s+/u)) {
      if (key && !out.has(key)) out.set(key, value);
    }
  }
  return out;
}

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const CONNECTORS = /^(?:of|the|and|&|de|del|la|le|les|du|der|die|das|y|e|i|a|on|for|at)$/u;

/** A site's name reads as a name: every cased word has a capital (`eHow`, `IAB`, `John C. Welch`), or none is cased. */
function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !CONNECTORS.test(w));
  if (words.length === 0) return false;
  // `My website`: two words under a capital are a name too.
  if (words.length <= 2 && /^\p{Lu}/u.test(s)) return true;
  return words.every((w) => /\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w));
}

/**
 * `<title>Headline | Site</title>` → `Headline` (also `Site | Headline` when the site is the declared one): the
 * part after the last separator is taken off when it is the declared site name, or when it reads as a name of at
 * most four words and the headline keeps two. A colon is never a separator: it belongs to headlines.
 */
export function stripSiteName(title: string, siteName: string | undefined): string {
  const stripped = stripLastPart(title, siteName);
  // A breadcrumb printed after the headline (`Headline » Local » News » Site`): every section of the path goes.
  let t = stripped;
  const whole = title.replace(/\s+/gu, ' ').trim();
  for (let m = BREADCRUMB_TAIL.exec(t); m?.[1] && m[2] && t !== whole; m = BREADCRUMB_TAIL.exec(t)) {
    if (wordCount(m[2]) > 3 || wordCount(m[1]) < 2 || !looksLikeName(m[2])) break;
    t = m[1];
  }
  return t;
}

/** The last part of a title after a breadcrumb's separator (`»`, `>`). */
const BREADCRUMB_TAIL = /^(.*\S)\s+[»>]\s+(.+)$/u;

function stripLastPart(title: string, siteName: string | undefined): string {
  const t = title.replace(/\s+/gu, ' ').trim();
  const last = /^(.*\S)\s+[|\-–—\\/>»·]\s+(.+)$/u.exec(t);
  const first = /^(.+?)\s+[|\-–—\\/>»·]\s+(.*\S)$/u.exec(t);
  if (siteName) {
    const site = fold(siteName);
    if (last?.[1] && last[2] && fold(last[2]) === site) return last[1];
    if (first?.[1] && first[2] && fold(first[1]) === site) return first[2];
  }
  if (!last?.[1] || !last[2]) return t;
  if (wordCount(last[2]) <= 4 && wordCount(last[1]) >= 2 && looksLikeName(last[2])) return last[1];
  // The site's host name for its name (`… - taz.de`, `… | example.co.uk`).
  if (SITE_HOST.test(last[2]) && wordCount(last[1]) >= 2) return last[1];
  return t;
}

/** A host name: words joined by dots, the last a top-level domain, no spaces (`taz.de`, `www.example.co.uk`). */
const SITE_HOST = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u;

/** Share of b's words that a also has. */
function similarity(a: string, b: string): number {
  const wa = new Set(fold(a).split(' '));
  const wb = fold(b).split(' ').filter(Boolean);
  return wb.length === 0 ? 0 : wb.filter((w) => wa.has(w)).length / wb.length;
}

/** JSON-LD `headline` or `name`, whichever the document's own title resembles more (Wikipedia's headline is a description). */
function ldTitle(ld: Obj | null, docTitle: string | undefined, siteNames: readonly string[] = []): string | undefined {
  const headline = str(ld?.['headline']);
  const given = str(ld?.['name']);
  // An article's `name` that is the publisher's own (`"name": "Aktuálně.cz"` beside its `headline`) names the site.
  const name = given && siteNames.some((n) => fold(n) === fold(given)) && headline ? undefined : given;
  if (!headline || !name || headline === name || !docTitle) return headline ?? (ld && /Article|Posting/u.test(JSON.stringify(ld['@type'])) ? name : undefined);
  return similarity(docTitle, name) > similarity(docTitle, headline) ? name : headline;
}

/**
 * The headline the page prints, when a title declared in its meta tags is not it: Open Graph and Twitter titles
 * are often a shorter headline written for social feeds (`Clinton: Putin's role stems from grudge`) while the
 * page's `<title>` and its `<h1>` carry the story's own. When the declared title matches no `<h1>` and the
 * `<title>` (the site's name taken off) matches one, that `<h1>` is the headline — unless the two are one
 * headline worded twice. JSON-LD's headline stands.
 */
/** Two titles sharing this share of their words, each way, are one headline worded twice. */
const SAME_HEADLINE = 0.8;

function printedHeadline(root: El, declared: string | undefined, docTitle: string | undefined, siteName: string | undefined): string | undefined {
  if (!declared || !docTitle) return undefined;
  const printed = fold(stripSiteName(docTitle, siteName));
  const wanted = fold(stripSiteName(declared, siteName));
  if (printed === '' || printed === wanted) return undefined;
  // Two wordings of one headline (`The seven secrets…` and `Seven secrets…`) are the same title: the declared stands.
  if (similarity(printed, wanted) >= SAME_HEADLINE && similarity(wanted, printed) >= SAME_HEADLINE) return undefined;
  // An <h1> that is all link is a teaser pointing to a story (a feed beside it, the site's logo), not the headline.
  const headings = findAll(root, 'h1')
    .filter((h) => fold(textOf(find(h, 'a'))) !== fold(textOf(h)))
    .map((h) => str(textOf(h)))
    .filter((h): h is string => Boolean(h));
  if (headings.some((h) => fold(h) === wanted)) return undefined;
  return headings.find((h) => fold(h) === printed);
}

/**
 * What follows a headline in a `<title>` as a site's path: a separator (a colon too, once the page prints the part
 * before it) and at least two parts (`- Your Money - Site`, `: News : Site`). One part is a site name or the
 * writer's, which stripSiteName weighs; a page titled `Headline - Jane Doe (jdoe)` keeps its whole title.
 */
const TRAIL_AFTER_HEADLINE = /^\s*([|\-–—\\/>»·:])\s+\S.*\s\1\s+\S/u;

/**
 * With no title declared, the `<title>` may carry the headline and then several parts of the site's path
 * (`How to Save Money - Your Money - Your Life - Site`, `Headline : News : Site`) — more than one site name to take
 * off. When the page prints an `<h1>` (not a link) that is that `<title>` up to a separator, the `<h1>` is the headline.
 */
function headlineBeforeTrail(root: El, docTitle: string | undefined): string | undefined {
  if (!docTitle) return undefined;
  const spaced = (t: string): string => t.replace(/\s+/gu, ' ').trim().toLowerCase();
  const whole = spaced(docTitle);
  for (const h of findAll(root, 'h1')) {
    const text = str(textOf(h));
    if (!text || fold(textOf(find(h, 'a'))) === fold(text)) continue;
    const head = spaced(text);
    if (head.length >= 4 && head.length < whole.length && whole.startsWith(head) && TRAIL_AFTER_HEADLINE.test(whole.slice(head.length))) return text;
  }
  return undefined;
}

/** What stands before a headline in a `<title>` as the site's name: a few words and a separator (`Computerpartner - `). */
const SITE_BEFORE_HEADLINE = /^\S[^|\-–—\\/>»·:]{0,40}?\s[|\-–—\\/>»·:]\s*$/u;

/**
 * The `<title>` with the site's name before the headline (`Site - Headline`), no title declared: when the page
 * prints an `<h1>` (not a link) that is the `<title>` after a short first part and its separator, that is the headline.
 */
function headlineAfterSite(root: El, docTitle: string | undefined): string | undefined {
  if (!docTitle) return undefined;
  const spaced = (t: string): string => t.replace(/\s+/gu, ' ').trim().toLowerCase();
  const whole = spaced(docTitle);
  for (const h of findAll(root, 'h1')) {
    const text = str(textOf(h));
    if (!text || fold(textOf(find(h, 'a'))) === fold(text)) continue;
    const head = spaced(text);
    if (head.length < 4 || head.length >= whole.length || !whole.endsWith(head)) continue;
    const before = whole.slice(0, whole.length - head.length);
    if (SITE_BEFORE_HEADLINE.test(before) && wordCount(before) <= 4 && wordCount(head) >= 2) return text;
  }
  return undefined;
}

const TITLE_METAS = ['dc:title', 'dcterm:title', 'dc.title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title'];

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const WEEKDAYS = 'mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** Where a byline's name ends and its timestamp begins: a month and a day, a weekday, a numeric date, "… ago". */
const BYLINE_DATE = new RegExp(
  `(?:\\s[-–—|·,]\\s*|\\s)(?:(?:${WEEKDAYS}),?\\s|(?:${MONTHS})\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTHS})\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d+\\s+(?:minutes?|hours?|days?|weeks?)\\s+ago|(?:last\\s+)?updated\\b|published\\b)`,
  'iu',
);

/**
 * `By Jane Doe` → `Jane Doe`; `Joshua Sokol May 20, 2019` → `Joshua Sokol`; a byline that is only a date
 * (`Sunday, Feb 1, 2015 11:57 AM UTC`) is none. The word for "by" in the languages of the desk's copy.
 */
/** A name printed in capitals, as many papers set bylines (`LILIAN ALEMAGNA`), and the words joining two. */
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’.-]*,?$/u;
const JOINING = /^(?:and|et|y|und|e|&|,)$/iu;

/**
 * Names in capitals followed by the writers' role in running case (`LILIAN ALEMAGNA, LAURE BRETTON Envoyés
 * spéciaux à Toulouse`, `JANE DOE Special correspondent`): the byline is the names. At least two words in
 * capitals, so an initial or an agency's short name before a name written normally stays as it is.
 */
function withoutRole(t: string): string {
  const words = t.split(' ');
  let caps = 0;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    if (CAPS_WORD.test(w) && /\p{Lu}{2}/u.test(w)) caps++;
    else if (!JOINING.test(w)) break;
  }
  // Ending on a joining word (`JANE DOE and John Roe`), the next words are a name, not a role.
  if (caps < 2 || i === 0 || i >= words.length || !/\p{Ll}/u.test(words[i] ?? '') || JOINING.test(words[i - 1] ?? '')) return t;
  return words.slice(0, i).join(' ').replace(/[\s,;]+$/u, '');
}

export function bylineName(text: string | undefined): string | undefined {
  // Drupal's line with no name: "Submitted on <date>".
  if (/^\s*submitted\s+on\b/iu.test(text ?? '')) return undefined;
  let t = text?.replace(/\s+/gu, ' ').trim().replace(/^submitted\s+(?=by\b)/iu, '').replace(/^(?:by|von|par|por|di|door|af|av)(?::\s*|\s+)/iu, '') ?? '';
  // A byline box printing its fields apart (`Name | Place | 08/01/2014`): the name is the first.
  t = t.split(/\s+\|\s+/u)[0] ?? '';
  const date = BYLINE_DATE.exec(` ${t}`);
  if (date) t = ` ${t}`.slice(0, date.index).trim();
  // "Submitted by Jane Doe on Mon, …": the word before the date.
  t = t.replace(/\s+on$/iu, '');
  // A time of day is a timestamp's, not a name's: after a name it ends the name, at the start there is no name
  // (`4:44 PM 12/27/2014`, a page's dateline box read as its byline).
  t = t.replace(/(?:^|\s)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?.*$/iu, '').trim();
  if (/^\P{L}*\d/u.test(t)) return undefined;
  // Names hold no digits: a count or a date glued to the name (`Lucas Nolan22 Dec 2016`) is cut off.
  t = t.replace(/(\p{L})\d.*$/u, '$1').replace(/[\s,;|·–—-]+$/u, '');
  t = withoutRole(t);
  return /\p{L}{2}/u.test(t) ? t : undefined;
}

function authorsOf(ld: Obj | null, metas: Map<string, string>): string[] {
  const fromLd = ld?.['author'] ?? ld?.['creator'];
  const list = Array.isArray(fromLd) ? fromLd : fromLd ? [fromLd] : [];
  const names = list.map(nameOf).filter((n): n is string => Boolean(n) && !/^https?:/u.test(n ?? ''));
  if (names.length > 0) return [...new Set(names)];
  for (const key of ['dc:creator', 'dcterm:creator', 'dc.creator', 'author', 'parsely-author', 'article:author', 'og:article:author', 'sailthru.author']) {
    const v = bylineName(metas.get(key));
    if (v && !/^https?:/u.test(v)) return [v];
  }
  return parselyAuthors(metas.get('parsely-page'));
}

/** Parse.ly's `parsely-page` meta: a JSON object of the page's metadata, its writer under `author` (or `authors`). */
function parselyAuthors(json: string | undefined): string[] {
  if (!json || json.length > 20_000) return [];
  let page: Json;
  try {
    page = JSON.parse(json) as Json;
  } catch {
    return [];
  }
  if (!isObj(page)) return [];
  const given = page['authors'] ?? page['author'];
  const list = Array.isArray(given) ? given : [given];
  const names = list.map((a) => bylineName(str(a))).filter((n): n is string => Boolean(n) && !/^https?:/u.test(n ?? ''));
  return [...new Set(names)];
}

function httpUrl(v: string | undefined): string | undefined {
  return v && /^https?:\/\//iu.test(v) ? v : undefined;
}

function imageOf(ld: Obj | null, metas: Map<string, string>): string | undefined {
  const img = ld?.['image'];
  const first = Array.isArray(img) ? img[0] : img;
  const fromLd = isObj(first) ? str(first['url']) : str(first);
  return httpUrl(metas.get('og:image')) ?? httpUrl(fromLd) ?? httpUrl(metas.get('twitter:image'));
}

function keywordsOf(ld: Obj | null, metas: Map<string, string>): string[] {
  const kw = ld?.['keywords'];
  if (Array.isArray(kw)) return kw.map((k) => str(k) ?? '').filter(Boolean);
  const text = str(kw) ?? metas.get('news_keywords') ?? metas.get('keywords');
  return text ? text.split(',').map((k) => k.trim()).filter(Boolean) : [];
}

/** Reads the metadata; call it before pruning, which takes the head and scripts away. */
export function pageMetadata(root: El): PageMetadata {
  const ld = jsonLdArticle(root);
  const metas = metaTags(root);
  const siteName = metas.get('og:site_name') ?? nameOf(ld?.['publisher']) ?? metas.get('application-name');
  const docTitle = str(textOf(find(root, 'title')));
  const metaTitles = TITLE_METAS.map((k) => metas.get(k)).filter((t): t is string => Boolean(t));
  // The page's own <title> arbitrates: a declared title sharing no word with it (a Dublin Core title naming the
  // site, as many CMSs fill it) gives way to a later declared one that does.
  const metaTitle = (docTitle ? metaTitles.find((t) => similarity(docTitle, t) > 0) : undefined) ?? metaTitles[0];
  const siteNames = [siteName, nameOf(ld?.['publisher'])].filter((n): n is string => Boolean(n));
  const fromLd = ldTitle(ld, docTitle, [...siteNames, ...siteNames.map((n) => stripSiteName(n, undefined))]);
  const declared = fromLd ?? metaTitle;
  const raw = declared ?? docTitle ?? str(textOf(find(root, 'h1')));
  const title =
    printedHeadline(root, fromLd ? undefined : declared, docTitle, siteName) ??
    (declared ? undefined : (headlineBeforeTrail(root, docTitle) ?? headlineAfterSite(root, docTitle))) ??
    (raw ? stripSiteName(raw, siteName) : undefined);
  // The story's own <time> (inside its <article>) before any other: headers show today's date, comments theirs.
  const time = find(find(root, 'article') ?? root, 'time') ?? find(root, 'time');
  const out: PageMetadata = {
    authors: authorsOf(ld, metas),
    keywords: keywordsOf(ld, metas),
    ...defined({
      title,
      description: str(ld?.['description']) ?? metas.get('og:description') ?? metas.get('description') ?? metas.get('twitter:description'),
      published:
        str(ld?.['datePublished']) ??
        metas.get('article:published_time') ??
        metas.get('datepublished') ??
        metas.get('parsely-pub-date') ??
        metas.get('dc.date') ??
        metas.get('dc:date') ??
        str(attr(time, 'datetime')),
      modified: str(ld?.['dateModified']) ?? metas.get('article:modified_time') ?? metas.get('datemodified'),
      siteName,
      // BCP 47 writes `en-US`; Open Graph's locale is `en_US`.
      language: (str(attr(find(root, 'html'), 'lang')) ?? str(ld?.['inLanguage']) ?? metas.get('content-language') ?? metas.get('og:locale'))?.replace(/_/gu, '-'),
      url: httpUrl(metas.get('og:url')) ?? httpUrl(str(ld?.['url'])),
      image: imageOf(ld, metas),
      section: metas.get('article:section') ?? str(ld?.['articleSection']),
      articleBody: typeof ld?.['articleBody'] === 'string' ? ld['articleBody'] : undefined,
    }),
  };
  return out;
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
