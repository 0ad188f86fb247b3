/**
 * NewsML-G2 → drafts: a `newsItem` gives one, a `newsMessage` one per `newsItem` in its `itemSet`. Metadata
 * follows the NewsML-G2 specification: `itemMeta` (versionCreated, firstCreated, embargoed, pubStatus, edNote,
 * provider), `contentMeta` (urgency, headline, slugline, by, dateline, description, creditline, creator,
 * subject, keyword, located, language), and the text from `contentSet` — `inlineXML` holding NITF or XHTML, or
 * `inlineData` holding plain text. A picture, video or audio item has no text: its description is its copy.
 */
import type { Author, Category, Place, Subject } from '../../domain/article.js';
import { anpaCategory } from './anpa-header.js';
import { FormatError } from '../format-error.js';
import { attr, attrLocal, child, children, find, findAll, paragraphsOf, parseTree, rawText, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, declaredCount, intOf, isoDate, nonEmpty, pubstatusOf, splitQcode } from './meta-helpers.js';
import { nitfDraft } from './nitf.js';
import { parsePlainText } from './plain-text.js';

export function parseNewsmlG2(text: string): WireDraft[] {
  const root = parseTree(text, { xml: true });
  const message = find(root, 'newsmessage');
  const items = findAll(root, 'newsitem');
  if (items.length === 0) {
    if (find(root, 'packageitem')) throw new FormatError('a NewsML-G2 package item lists other items and carries no story of its own');
    throw new FormatError('no NewsML-G2 newsItem in this file');
  }
  const header = child(message, 'header');
  const messagePriority = intOf(textOf(child(header, 'priority')));
  return items.map((item) => itemDraft(item, messagePriority));
}

function itemDraft(item: El, messagePriority: number | undefined): WireDraft {
  const itemMeta = child(item, 'itemmeta');
  const contentMeta = child(item, 'contentmeta');
  const sent = bodyOf(child(item, 'contentset'));
  const description = descriptionOf(contentMeta);
  const subtitle = subtitleOf(contentMeta);
  const lead = withoutRepeatedHead(sent.blocks, children(contentMeta, 'headline').map(textOf));
  const body: WireDraft = { ...sent, blocks: lead.blocks };
  const blocks = body.blocks.length > 0 ? body.blocks : description.copy ? [description.copy] : [];
  const creators = [...children(contentMeta, 'creator'), ...children(contentMeta, 'contributor')];
  const notes = edNotesOf(itemMeta);
  const stub = blocks.length === 0 ? textNotSent(item, itemMeta, contentMeta) : undefined;
  // `by` is the byline as printed; the desk's byline field holds the names, without the word "By".
  const by = nonEmpty(textOf(child(contentMeta, 'by')).replace(/^\s*by\s+/iu, ''));
  const meta: WireMeta = compact({
    ...body.meta,
    headline: headlineOf(contentMeta) ?? body.meta.headline,
    slugline: nonEmpty(textOf(child(contentMeta, 'slugline'))) ?? body.meta.slugline,
    byline: by ?? body.meta.byline ?? lead.credit ?? nonEmpty(children(contentMeta, 'creator').map(nameOf).filter(Boolean).join(', ')),
    abstract: body.blocks.length > 0 ? description.abstract ?? body.meta.abstract ?? subtitle : body.meta.abstract,
    // NewsML-G2 §located: where the content originates, the dateline's place when the item writes no dateline.
    dateline: nonEmpty(textOf(child(contentMeta, 'dateline'))) ?? body.meta.dateline ?? placesOf(contentMeta)[0]?.name,
    language: nonEmpty(attr(child(contentMeta, 'language'), 'tag')) ?? nonEmpty(attrLocal(item, 'lang')),
    source: sourceOf(itemMeta, contentMeta),
    guid: nonEmpty(attr(item, 'guid')),
    version: intOf(attr(item, 'version')),
    // An item that gives neither firstCreated nor contentCreated is dated by its version (versionCreated, mandatory).
    created: isoDate(textOf(child(itemMeta, 'firstcreated'))) ?? isoDate(textOf(child(contentMeta, 'contentcreated'))) ?? isoDate(textOf(child(itemMeta, 'versioncreated'))),
    updated: isoDate(textOf(child(itemMeta, 'versioncreated'))) ?? isoDate(textOf(child(contentMeta, 'contentmodified'))),
    urgency: intOf(textOf(child(contentMeta, 'urgency'))),
    // G2's header priority is the message's; Reuters repeats it in itemMeta.
    priority: intOf(textOf(child(itemMeta, 'priority'))) ?? messagePriority,
    category: categoriesOf(contentMeta),
    pubstatus: pubstatusOf(attr(child(itemMeta, 'pubstatus'), 'qcode')),
    ednote: nonEmpty([...lead.notes, ...notes.public].join(' ')),
    deskNote: nonEmpty([...notes.private, ...(stub ? [stub] : [])].join('\n')),
    embargo: isoDate(textOf(child(itemMeta, 'embargoed'))),
    subjects: subjectsOf(contentMeta),
    keywords: children(contentMeta, 'keyword').map(textOf).filter(Boolean),
    places: placesOf(contentMeta),
    authors: authorsOf(creators),
  });
  return stub ? { blocks, meta, stub: true } : { blocks, meta };
}

/**
 * NewsML-G2 §edNote: a note to the editors, its audience told by its role. One the agency marks private or
 * internal (STT's `sttnote:private`, a correction's working instruction) is for the desk that received it, not
 * for the next one down the line: it is kept apart from the editorial note, which travels with every export.
 */
function edNotesOf(itemMeta: El | null): { public: string[]; private: string[] } {
  const out = { public: [] as string[], private: [] as string[] };
  for (const note of children(itemMeta, 'ednote')) {
    const text = nonEmpty(textOf(note));
    if (!text) continue;
    (/private|internal/iu.test(splitQcode(attr(note, 'role')).code) ? out.private : out.public).push(text);
  }
  return out;
}

/**
 * A text news item that came without its text: its class says text (`ninat:text`), it has a headline and says
 * when it was made, but its contentSet holds nothing to read (an empty inlineXML placeholder, or the text by
 * reference in a remoteContent). The desk would rather have the item than lose it: it arrives as a story with
 * its headline and metadata and an empty body, and this note says the text was not sent, and where it is.
 * Anything else without text (a picture without a caption, an item without a headline) is no story.
 */
function textNotSent(item: El, itemMeta: El | null, contentMeta: El | null): string | undefined {
  if (splitQcode(attr(child(itemMeta, 'itemclass'), 'qcode')).code.toLowerCase() !== 'text') return undefined;
  if (!headlineOf(contentMeta)) return undefined;
  if (!nonEmpty(textOf(child(itemMeta, 'versioncreated'))) && !nonEmpty(textOf(child(itemMeta, 'firstcreated')))) return undefined;
  const remote = children(child(item, 'contentset'), 'remotecontent');
  const where = remote.map((r) => nonEmpty(attr(r, 'href')) ?? nonEmpty(attr(r, 'residref'))).find(Boolean);
  return where
    ? `The story's text was not sent with this item: the item gives it by reference, at ${where}.`
    : "The story's text was not sent with this item: its content set is empty.";
}

/** The first headline without a role, or with the main role; subtitles are left to the body. */
function headlineOf(contentMeta: El | null): string | undefined {
  const all = children(contentMeta, 'headline');
  const main = all.find((h) => !attr(h, 'role') || /main|headline/iu.test(attr(h, 'role'))) ?? all[0];
  return nonEmpty(textOf(main ?? null));
}

/**
 * A headline whose role says it is the second line under the title (APA's `apahltype:subtitle`, `hlrole:sub`): the
 * standfirst, the story's abstract when no description summarises it.
 */
function subtitleOf(contentMeta: El | null): string | undefined {
  const sub = children(contentMeta, 'headline').find((h) => /sub/iu.test(splitQcode(attr(h, 'role')).code));
  return nonEmpty(textOf(sub ?? null));
}

/** A line of ten or more dashes or equals signs: the rule an agency draws round a notice. */
const RULE = /^[-=_]{10,}$/u;

/**
 * An XHTML body opens by repeating the item's headlines for display (`<h1>` the title, `<h2>` the subtitle): they are
 * read from contentMeta, and the story's text starts after them; a short credit line above the repeated headline
 * names who produced the story (Reuters carrying `The Sports Xchange`). A notice the agency boxes between rules
 * before the text (APA's `KORREKTUR-HINWEIS` in a `<pre>`) is a note to the editors, not copy.
 */
function withoutRepeatedHead(blocks: readonly string[], headlines: readonly string[]): { blocks: string[]; notes: string[]; credit?: string } {
  const heads = new Set(headlines.map((h) => h.replace(/\s+/gu, ' ').trim()).filter((h) => h !== ''));
  const notes: string[] = [];
  // A producer's credit line over the repeated headline (Reuters carrying `The Sports Xchange`): the byline.
  const credit = heads.has(blocks[1] ?? '') && isCreditLine(blocks[0] ?? '') ? blocks[0] : undefined;
  let i = credit ? 1 : 0;
  for (; i < blocks.length && i < 4; i++) {
    const b = blocks[i] ?? '';
    if (heads.has(b)) continue;
    const boxed = boxedNotice(b);
    if (boxed === null) break;
    notes.push(boxed);
  }
  if (i === 0 || i >= blocks.length) return { blocks: [...blocks], notes: [] };
  return credit ? { blocks: blocks.slice(i), notes, credit } : { blocks: blocks.slice(i), notes };
}

/** A short line of capitalised words without a sentence's full stop: a credit, not copy. */
function isCreditLine(block: string): boolean {
  const words = block.split(' ');
  return words.length <= 5 && !/[.!?:;,"”]$/u.test(block) && words.every((w) => /^(?:\p{Lu}|&|of|the|and)/u.test(w));
}

/** The words of a block that opens and closes with a rule (`---- KORREKTUR-HINWEIS In APA0520 … ----`); else null. */
function boxedNotice(block: string): string | null {
  const words = block.split(' ');
  if (words.length < 3 || !RULE.test(words[0] ?? '') || !RULE.test(words[words.length - 1] ?? '')) return null;
  return nonEmpty(words.slice(1, -1).join(' ')) ?? null;
}

/**
 * NewsML-G2 §description: its role says what it is. For a picture, video or audio item any description (the
 * caption first) is the copy. A text item's abstract is only a summary: a description with the summary, abstract or
 * teaser role (dpa's `drol:teaser`), or one with no role. A caption (Reuters sends the slug and headline as `descRole:caption`), a shot list or
 * a dope sheet describes something else, and is no abstract.
 */
function descriptionOf(contentMeta: El | null): { copy: string | undefined; abstract: string | undefined } {
  const all = children(contentMeta, 'description');
  const copy = all.find((d) => /summary|caption|abstract/iu.test(attr(d, 'role'))) ?? all[0];
  const abstract = all.find((d) => /summary|abstract|teaser|standfirst/iu.test(splitQcode(attr(d, 'role')).code)) ?? all.find((d) => attr(d, 'role') === '');
  return { copy: nonEmpty(textOf(copy ?? null)), abstract: nonEmpty(textOf(abstract ?? null)) };
}

/**
 * An XHTML body's `<header>` repeats the item's metadata for display (dpa's subject list, publication time, the
 * headline as `<h1>`): the metadata is read from contentMeta, and the story's text starts after it.
 */
const XHTML_HEADER: ReadonlySet<string> = new Set(['header']);
const AGENCY_DATELINE: ReadonlySet<string> = new Set(['header', 'dat']);

function bodyOf(contentSet: El | null): WireDraft {
  for (const inline of children(contentSet, 'inlinexml')) {
    // NewsML-G2 §inlineXML: `wordcount`, the count of words of the content the agency sent.
    const wordCount = declaredCount(attr(inline, 'wordcount'));
    const counted = (draft: WireDraft): WireDraft => (wordCount === undefined ? draft : { ...draft, meta: { ...draft.meta, wordCount } });
    const nitf = find(inline, 'nitf');
    if (nitf) {
      const draft = nitfDraft(nitf);
      if (draft.blocks.length > 0) return counted(draft);
      continue;
    }
    const body = find(inline, 'body') ?? inline;
    // An agency's own vocabulary may carry the dateline apart, as TT's <DAT> (<ORT> a topic tag, <SOURCE>
    // "Bryssel, TT:s korrespondent"): it becomes the item's dateline, not two paragraphs of text.
    const dat = find(body, 'dat');
    const blocks = preformattedBlocks(body) ?? paragraphsOf(body, dat ? AGENCY_DATELINE : XHTML_HEADER);
    const dateline = dat ? nonEmpty(textOf(child(dat, 'source'))) ?? nonEmpty(textOf(dat)) : undefined;
    if (blocks.length > 0) return counted({ blocks, meta: dateline ? { dateline } : {} });
  }
  for (const data of children(contentSet, 'inlinedata')) {
    const draft = parsePlainText(rawText(data));
    if (draft.blocks.length > 0) return draft;
  }
  return { blocks: [], meta: {} };
}

/**
 * A body of paragraphs one of which holds a whole story as plain text (Reuters sends some so: bullets, `By …`, the
 * dateline, paragraphs opened by an indent and hard-wrapped at column 0, all inside one `<p>`): that paragraph is
 * read as plain text. Markup laid out by a pretty-printer indents every line alike, so it is never taken for one.
 * A table laid out in columns in a `<p>` is read row by row.
 */
function preformattedBlocks(body: El): string[] | null {
  if (!body.children.every((c) => (typeof c === 'string' ? c.trim() === '' : c.local === 'p'))) return null;
  const ps = children(body, 'p');
  if (!ps.some((p) => isPreformatted(rawText(p)) || isTable(rawText(p)))) return null;
  return ps.flatMap((p) => {
    const raw = rawText(p);
    if (isTable(raw)) return tableRows(raw);
    return isPreformatted(raw) ? parsePlainText(raw).blocks : paragraphsOf(p);
  });
}

/** Cells set apart by a run of spaces inside a line: `Adanaspor           2 Kasimpasa            0`. */
const COLUMN_GAP = /\S {2,}\S/u;

/**
 * A results or standings table laid out in columns inside one `<p>` (Reuters' sports data, `SOCCER-TURKEY/RESULTS`):
 * most of its lines hold cells set apart by runs of spaces. Its lines are its rows, not wrapped text.
 */
function isTable(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length >= 6 && lines.filter((l) => COLUMN_GAP.test(l)).length * 2 >= lines.length;
}

/** Each row of a table a paragraph, its cells parted by single spaces. */
function tableRows(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l !== '');
}

/** Plain text laid out by hand: some lines opened by an indent (paragraphs), some at column 0 (wrapped lines). */
function isPreformatted(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 4) return false;
  const indented = lines.filter((l) => /^(?: {2,}|\t)\S/u.test(l)).length;
  const flush = lines.slice(1).filter((l) => /^\S/u.test(l)).length;
  return indented >= 2 && flush >= 2;
}

/**
 * The creators, then the contributors. A contributor without a role of its own who is already a creator (dpa
 * names its writer as both, `degenhardt.sandra` twice) is the same credit; one with a role (a video's
 * `TechnicalOrigin`) is another.
 */
function authorsOf(parties: readonly El[]): Author[] {
  const out: Author[] = [];
  for (const p of parties) {
    const name = nameOf(p);
    if (name === '' || (attr(p, 'role') === '' && out.some((a) => a.name === name))) continue;
    out.push({ name, role: roleOf(p) });
  }
  return out;
}

function nameOf(el: El): string {
  return nonEmpty(textOf(child(el, 'name'))) ?? nonEmpty(attr(el, 'literal')) ?? '';
}

function roleOf(el: El): string {
  const role = attr(el, 'role');
  if (role) return splitQcode(role).code;
  return el.local === 'creator' ? 'author' : 'contributor';
}

function sourceOf(itemMeta: El | null, contentMeta: El | null): WireMeta['source'] {
  const credit = nonEmpty(textOf(child(contentMeta, 'creditline')))?.replace(/[\s–-]+$/u, '');
  const provider = child(itemMeta, 'provider');
  const providerName = nameOf(provider ?? emptyEl) || splitQcode(attr(provider, 'qcode')).code;
  const info = children(contentMeta, 'infosource').map(nameOf).find(Boolean);
  const name = nonEmpty(providerName) ?? info ?? credit;
  if (!name && !credit) return undefined;
  return compact({ name, credit: credit ?? name });
}

const emptyEl: El = { name: '', local: '', attrs: {}, children: [] };

function subjectsOf(contentMeta: El | null): Subject[] {
  const out: Subject[] = [];
  for (const s of children(contentMeta, 'subject')) {
    const qcode = attr(s, 'qcode');
    const literal = attr(s, 'literal');
    if (!qcode && !literal) continue;
    const { scheme, code } = qcode ? splitQcode(qcode) : { scheme: 'literal', code: literal };
    if (scheme.toLowerCase() === 'a1312cat') continue; // an ANPA category, read by categoriesOf
    out.push({ code, scheme, name: nameOf(s) || (qcode ? literal : '') });
  }
  return out;
}

function placesOf(contentMeta: El | null): Place[] {
  return children(contentMeta, 'located').map((l) => ({ name: nameOf(l), code: nonEmpty(attr(l, 'qcode')) ?? null })).filter((p) => p.name !== '');
}

/** ANPA-1312 categories sent as subjects with the `a1312cat` scheme (Reuters: `<subject qcode="a1312cat:i"/>`). */
function categoriesOf(contentMeta: El | null): Category[] {
  return children(contentMeta, 'subject')
    .map((s) => splitQcode(attr(s, 'qcode')))
    .filter((q) => q.scheme.toLowerCase() === 'a1312cat' && q.code !== '')
    .map((q) => anpaCategory(q.code));
}
