/**
 * A saved web page → a draft: the article's text lifted out of the page, and its metadata from the page's own
 * declarations (markup/page-metadata.ts).
 *
 * The text is found by Mozilla Readability's published method, implemented on our own tree (markup/): prune
 * what can never be copy, score containers by their paragraphs, take the best with its siblings, clean it
 * conditionally. As in Readability, a result under 500 characters is tried again with fewer rules (keeping
 * the "unlikely" boxes, then ignoring class names, then without conditional cleaning), the strictest kept unless a looser pass finds clearly more. Then,
 * as trafilatura does, a recall fallback: when the publisher's own JSON-LD `articleBody` holds clearly more
 * text than the markup gave, that copy is used; and a page where nothing scores keeps every paragraph of its
 * body rather than coming in empty.
 */
import type { Author } from '../../domain/article.js';
import { blocksOf } from '../markup/article-blocks.js';
import { cleanConditionally, PageStats, selectArticle } from '../markup/article-body.js';
import { agencyFromRaw } from '../../domain/wire-values.js';
import { bylineName, pageMetadata, type PageMetadata } from '../markup/page-metadata.js';
import { ALL_FLAGS, prune, type PruneFlags } from '../markup/page-prune.js';
import { trimStoryTail } from '../markup/story-tail.js';
import { removeTeaserCards } from '../markup/teaser-cards.js';
import { find, isEl, paragraphsOf, parseTree, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';

/** Readability's default: an article shorter than this is retried with fewer rules. */
const CHAR_THRESHOLD = 500;
const ATTEMPTS: readonly PruneFlags[] = [
  ALL_FLAGS,
  { ...ALL_FLAGS, stripUnlikely: false },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

interface Extraction {
  readonly blocks: string[];
  readonly length: number;
  readonly byline?: string;
  readonly label?: string;
  readonly credit?: string;
  readonly deck?: string;
}

/**
 * Whole blocks that are page furniture in any story: ad labels and the prompts around inline boxes, in the
 * languages of the desk's copy. Only a block that is nothing but one of these goes; a sentence using the words stays.
 */
const FURNITURE_LINE =
  /^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|annons|reklame|sponsored(?: content)?|story continue[sd] below(?: advertisement)?|continue reading(?: below| the main story)?|article continues below|read more|lesen sie (?:auch|mehr)|lire aussi|leer más|share this (?:article|story)|skip advertisement|(?:read more|lees (?:meer|verder)|mehr dazu|weiterlesen|lire la suite|leia mais|leggi (?:anche|tutto)) (?:here|hier|ici|aquí|aqui|qui))[.:…]*$/iu;

/**
 * Lines that close a page's story but are not part of it: the publisher's copyright notice (`© Handelsblatt GmbH –
 * Alle Rechte vorbehalten.`, `Copyright 2019 …`), the page's address to share it, and the agency's sign-off — the reporter's e-mail address,
 * alone or with the end mark wire copy closes on (`kokobj@yna.co.kr (END)`, `-30-`, `###`).
 */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))/iu;
const SIGN_OFF_LINE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s,;/]*)+(?:\(end\)|-30-|###|\(ends?\)|\/ends?)?$|^(?:\(end\)|-30-|###)$/iu;
/**
 * The page's own address printed under the story for print-outs and sharing, after a short prompt (`Read or Share
 * this story: http://…`, `Permalink: https://…`, `Link to this article: …`).
 */
const SHARE_URL_LINE = /^[^.!?:]{0,40}\b(?:share|link|url|permalink|address)\b[^.!?:]{0,30}:\s*https?:\/\/\S+$/iu;
/** A copyright notice is a line or two; a longer block starting with the sign is copy about copyright. */
const CLOSING_LINE = 200;

function isClosingLine(block: string): boolean {
  const b = block.trim();
  return b.length <= CLOSING_LINE && (COPYRIGHT_LINE.test(b) || SIGN_OFF_LINE.test(b) || SHARE_URL_LINE.test(b));
}

/**
 * A line that is only the story's date (`20-05-2016`, `02.06.2017`, `2016-05-20 14:05`), printed above the copy as
 * the page's dateline: the date is the page's metadata, not a paragraph. A dateline with a place or words stays.
 */
const DATE_ONLY_LINE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?)?$/iu;
/**
 * The date and the paper's name in brackets closing a story, as Japanese papers print it (`（2011年4月10日 読売新聞）`)
 * and others (`(20.05.2016, Kurier)`): a date stamp, not copy.
 */
const BRACKETED_DATE_LINE = /^[(（][^()（）]{0,30}(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})[^()（）]{0,30}[)）]$/u;
/**
 * An editor's initials in brackets after the story's last sentence (`… erscheinen. (ji)`), as German sites sign
 * their copy; an agency's name there (`(dpa)`, `(AFP)`) is its credit and stays.
 */
const EDITOR_INITIALS = /(?<=[.!?"”»])\s+\(([a-zäöü]{2,3}(?:\/[a-zäöü]{2,3})?)\)$/u;

/** An excerpt repeating the story's opening is at least a sentence's worth. */
const EXCERPT_LENGTH = 40;
const spacedText = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function withoutFurniture(blocks: readonly string[]): string[] {
  const kept = blocks.filter((b) => !FURNITURE_LINE.test(b.trim()));
  while (kept.length > 1 && DATE_ONLY_LINE.test((kept[0] ?? '').trim())) kept.shift();
  // A summary printed over the story that is its first paragraph cut short (an excerpt, a teaser) is that
  // paragraph twice: the paragraph stays.
  for (let i = 0; i < Math.min(3, kept.length - 1); i++) {
    const a = spacedText(kept[i] ?? '');
    const b = spacedText(kept[i + 1] ?? '');
    // Cut short: a paragraph printed twice in full is the page's own, and stays twice.
    if (a.length >= EXCERPT_LENGTH && a.length < b.length * 0.9 && b.startsWith(a)) kept.splice(i--, 1);
  }
  // Only at the end: the notice and the sign-off close the story; the same words inside it are copy.
  while (kept.length > 1 && (isClosingLine(kept[kept.length - 1] ?? '') || BRACKETED_DATE_LINE.test((kept[kept.length - 1] ?? '').trim()))) kept.pop();
  const last = kept[kept.length - 1];
  const initials = last === undefined ? null : EDITOR_INITIALS.exec(last);
  if (last !== undefined && initials?.[1] && agencyFromRaw(initials[1]) === null) kept[kept.length - 1] = last.slice(0, initials.index).trimEnd();
  return kept;
}

/** `By Jane Doe`, `Door: Jane Doe`, `Von Jane Doe`: a line naming the writer, and the name it gives. */
const BYLINE_LINE = /^(?:by|door|von|par|por|di|av|af)\b:?\s+(.{2,60})$/iu;

/** The story's last block when it is its byline printed again (`Door: Witold Kepinski` under the copy). */
function withoutClosingByline(blocks: readonly string[], names: readonly string[]): string[] {
  const last = blocks[blocks.length - 1]?.trim();
  if (blocks.length < 2 || last === undefined || names.length === 0) return [...blocks];
  const named = BYLINE_LINE.exec(last)?.[1] ?? last;
  return names.some((n) => sameName(n, named)) ? blocks.slice(0, -1) : [...blocks];
}

function bodyOf(root: El): El {
  return find(root, 'body') ?? root;
}

function attempt(root: El, flags: PruneFlags, title: string | undefined): Extraction {
  const body = bodyOf(root);
  const pruned = prune(body, flags, (name) => agencyFromRaw(name) !== null, title);
  const stats = new PageStats();
  let { parts } = selectArticle(body, pruned.parents, stats, flags);
  for (const part of parts) cleanConditionally(part, stats, flags);
  // Never copy, whatever the pass: a looser retry does not take the cards back.
  removeTeaserCards(parts);
  // A cleaning step like the one above: the looser retries keep what trails the story.
  if (flags.cleanConditionally) {
    for (const part of parts) trimStoryTail(part, stats);
    // The siblings joined to the story are its container's children too: one trailing them may be a card.
    if (parts.length > 1) {
      const joined: El = { name: 'div', local: 'div', attrs: {}, children: [...parts] };
      trimStoryTail(joined, stats);
      parts = joined.children.filter(isEl);
    }
  }
  const blocks = withoutFurniture(blocksOf(parts, title ? { title } : {}));
  const length = blocks.reduce((n, b) => n + b.length, 0);
  return {
    blocks,
    length,
    ...(pruned.byline === undefined ? {} : { byline: pruned.byline }),
    ...(pruned.label === undefined ? {} : { label: pruned.label }),
    ...(pruned.credit === undefined ? {} : { credit: pruned.credit }),
    ...(pruned.deck === undefined ? {} : { deck: pruned.deck }),
  };
}

/** The article's paragraphs; `text` is parsed again for each retry, as pruning changes the tree it works on. */
export function extractArticle(text: string, root: El, meta: PageMetadata): Extraction {
  const results: Extraction[] = [];
  for (let i = 0; i < ATTEMPTS.length; i++) {
    const result = attempt(i === 0 ? root : parseTree(text, { xml: false }), ATTEMPTS[i] ?? ALL_FLAGS, meta.title);
    results.push(result);
    if (result.length >= CHAR_THRESHOLD) break;
  }
  // Under the threshold every time: the strictest pass stands unless a looser one finds clearly more (a third
  // more), so a short story does not take back the share buttons and boxes the stricter rules took out.
  const longest = results.reduce((a, b) => (b.length > a.length * 1.3 ? b : a));
  // The byline is taken from the first, strictest pass, which removed it from the copy.
  const byline = results.find((r) => r.byline)?.byline;
  const label = results.find((r) => r.label)?.label;
  const credit = results.find((r) => r.credit)?.credit;
  const deck = results.find((r) => r.deck)?.deck;
  const found: Extraction = {
    ...longest,
    ...(byline === undefined ? {} : { byline }),
    ...(label === undefined ? {} : { label }),
    ...(credit === undefined ? {} : { credit }),
    ...(deck === undefined ? {} : { deck }),
  };
  const declared = meta.articleBody ? declaredParagraphs(meta.articleBody) : [];
  const declaredLength = declared.reduce((n, b) => n + b.length, 0);
  if (declaredLength > 100 && declaredLength > found.length * 1.5) return { ...found, blocks: declared, length: declaredLength };
  if (found.length > 0) return found;
  if (declaredLength > 0) return { ...found, blocks: declared, length: declaredLength };
  const all = paragraphsOf(bodyOf(parseTree(text, { xml: false })));
  return { ...found, blocks: all, length: all.reduce((n, b) => n + b.length, 0) };
}

/** `articleBody` is plain text; paragraphs are separated by blank lines or, in many CMSs, by single newlines. */
function declaredParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

const foldName = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function sameName(a: string, b: string | undefined): boolean {
  return b !== undefined && foldName(a) !== '' && foldName(a) === foldName(b);
}

/**
 * Whether a declared author may be a person's name: one starting in lower case (`taz, die tageszeitung`) is a
 * publication's, as people's names are written with a capital; scripts without case (`肖春芳`) pass.
 */
function personLike(a: string): boolean {
  return !/^\P{L}*\p{Ll}/u.test(a.trim());
}

/** A host name standing for a writer's name: words joined by dots, the last a top-level domain, no spaces. */
const HOST_NAME = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u;

/** `a` holds the site's name as whole words (`Ediciones El País` holds `EL PAÍS`); a one-word site name is too loose. */
function holdsName(a: string, site: string | undefined): boolean {
  if (!site || site.trim().split(/\s+/u).length < 2) return false;
  const words = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return words(a).includes(words(site)) && words(a) !== words(site);
}

export function parseHtmlPage(text: string): WireDraft {
  const root = parseTree(text, { xml: false });
  const meta = pageMetadata(root);
  const article = extractArticle(text, root, meta);
  const printed = [bylineName(article.byline)].filter((n): n is string => Boolean(n));
  // A declared author that is the site itself (`<meta name="author" content="ABC News">` on abcnews) names the
  // publisher, not the writer: the byline the page prints under its headline is taken over it.
  // So does one that is the site's host name (`lefigaro.fr`), or the site's name inside its company's (`Ediciones
  // El País` on a site named `EL PAÍS`).
  const notSite = (a: string): boolean => !sameName(a, meta.siteName) && !HOST_NAME.test(a.trim()) && !holdsName(a, meta.siteName);
  // A declared author written as no person's name is (`taz, die tageszeitung`, in lower case) is the
  // publication's, when the page prints a writer's byline.
  const declared = meta.authors.filter((a) => notSite(a) && (printed.length === 0 || personLike(a)));
  const names = declared.length > 0 ? declared : printed.length > 0 ? printed : meta.authors;
  const authors: Author[] = names.map((name) => ({ name, role: 'author' }));
  const draftMeta: WireMeta = compact({
    headline: meta.title,
    byline: nonEmpty(names.join(', ')),
    // The deck the page prints under its headline over the description it writes for search engines.
    abstract: article.deck ?? meta.description,
    language: meta.language,
    // The agency the page credits in its own source element over the site that printed it.
    source: article.credit ? { name: article.credit, credit: article.credit } : meta.siteName ? { name: meta.siteName, credit: meta.siteName } : undefined,
    guid: meta.url,
    created: isoDate(meta.published),
    updated: isoDate(meta.modified),
    keywords: meta.keywords,
    subjects: (meta.section ?? article.label) ? [{ code: meta.section ?? article.label ?? '', scheme: 'section', name: meta.section ?? article.label ?? '' }] : undefined,
    authors,
  });
  return { blocks: withoutClosingByline(article.blocks, names), meta: draftMeta };
}
