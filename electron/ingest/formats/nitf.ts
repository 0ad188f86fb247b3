/**
 * NITF 3.x (with or without a namespace prefix) → a draft. The headline is `body.head/hedline/hl1`, subtitles
 * are `hl2`; byline, dateline, abstract and distributor come from `body.head`; the copy is `body.content` (its
 * `p`, `hl2` and `block` children, media left out); `head/docdata` carries the identifier, urgency, dates,
 * keywords and editor's messages; `head/tobject` the IPTC subject codes.
 */
import { findAgency } from '../../domain/agencies.js';
import type { Author, Category, Place, Subject } from '../../domain/article.js';
import { anpaCategory, anpaPriority } from './anpa-header.js';
import { FormatError } from '../format-error.js';
import { attr, child, children, find, findAll, paragraphsOf, parseTree, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, declaredCount, intOf, isoDate, nonEmpty, pubstatusOf } from './meta-helpers.js';

export function parseNitf(text: string): WireDraft {
  const root = parseTree(text, { xml: true });
  const nitf = find(root, 'nitf');
  if (!nitf) throw new FormatError('not an NITF document: no <nitf> element');
  return nitfDraft(nitf);
}

/** Also used for NITF carried inside NewsML (1 and G2). */
export function nitfDraft(nitf: El): WireDraft {
  const head = child(nitf, 'head');
  const body = child(nitf, 'body') ?? find(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const content = child(body, 'body.content') ?? find(nitf, 'body.content');
  const docdata = child(head, 'docdata');
  const hedline = child(bodyHead, 'hedline');
  const bylines = children(bodyHead, 'byline');
  const dateline = child(bodyHead, 'dateline');
  const blocks = content ? paragraphsOf(content) : [];
  const headMeta = readHeadMeta(head);
  const keyword = markedKeyword(firstKeyword(docdata));
  const meta: WireMeta = compact({
    headline: nonEmpty(textOf(child(hedline, 'hl1'))) ?? nonEmpty(textOf(child(head, 'title'))),
    byline: nonEmpty(bylines.map(bylineText).filter((b) => b !== '' && !/^[a-z]{1,5}(?:\/[a-z]{1,5})+$/u.test(b)).join(', ')),
    abstract: nonEmpty(textOf(child(bodyHead, 'abstract'))),
    dateline: nonEmpty(textOf(dateline)),
    language: nonEmpty(attr(nitf, 'xml:lang')) ?? nonEmpty(attr(body, 'xml:lang')),
    source: sourceOf(bodyHead, docdata),
    guid: nonEmpty(attr(child(docdata, 'doc-id'), 'id-string')),
    // du-key: the dynamic-use key, with the story's version and take (`part`).
    version: intOf(attr(child(docdata, 'du-key'), 'version')),
    pubstatus: pubstatusOf(attr(docdata, 'management-status')),
    created: isoDate(attr(child(docdata, 'date.issue'), 'norm')) ?? isoDate(attr(find(dateline ?? nitf, 'story.date'), 'norm')),
    updated: isoDate(attr(child(docdata, 'date.release'), 'norm')),
    urgency: intOf(attr(child(docdata, 'urgency'), 'ed-urg')),
    ednote: nonEmpty([...children(docdata, 'ed-msg').map((e) => attr(e, 'info')), keyword.marker ?? ''].join(' ')),
    embargo: embargoOf(docdata),
    // The slug, most specific first: a head/meta field the agency names as its slug (its own words for the
    // story, as its desk wrote them); else NITF's dynamic-use key (du-key@key, the key that ties a story's
    // versions together, which an agency may build from its codes: `PA-SSS-SPORT-Trivia(Oct14)`); else the first
    // keyword of the key-list, a word the story is filed under.
    slugline: headMeta.slug ?? nonEmpty(attr(child(docdata, 'du-key'), 'key')) ?? nonEmpty(keyword.slug),
    priority: headMeta.priority,
    category: headMeta.category ?? classifiedCategory(docdata),
    subjects: [...subjectsOf(head), ...headMeta.subjects.filter((s) => !subjectsOf(head).some((o) => o.code === s.code))],
    keywords: findAll(child(docdata, 'key-list') ?? emptyEl, 'keyword').map((k) => attr(k, 'key')).filter(Boolean),
    places: placesOf(docdata, dateline),
    authors: authorsOf(bylines),
    takeKey: nonEmpty(attr(child(docdata, 'du-key'), 'part')) ?? headMeta.takeKey,
    wordCount: headMeta.wordCount,
  });
  return { blocks, meta };
}

const emptyEl: El = { name: '', local: '', attrs: {}, children: [] };

/**
 * A keyword that opens with the version's marker in brackets, as EFE writes its first, short take of a story
 * (`(Avance) TAIWÁN ELECCIONES`, the marker also its `complemento` meta): the slug is the words after it, and the
 * marker (an advance: more to come) is a note to the editors.
 */
function markedKeyword(key: string): { slug: string; marker?: string } {
  const m = /^\(([^()]{1,24})\)\s+(\S.*)$/u.exec(key.trim());
  return m?.[1] && m[2] ? { slug: m[2], marker: m[1] } : { slug: key };
}

/**
 * NITF §identified-content: a `classifier` whose type names a category code (AP's `apcategorycode`, value `s` for
 * sports): the item's ANPA category, when the head's meta gives none.
 */
function classifiedCategory(docdata: El | null): Category[] | undefined {
  const found = findAll(child(docdata, 'identified-content') ?? emptyEl, 'classifier')
    .filter((c) => /category/iu.test(attr(c, 'type')) && /^[A-Za-z]{1,5}$/u.test(attr(c, 'value').trim()))
    .map((c) => anpaCategory(attr(c, 'value').trim()));
  return found.length > 0 ? found : undefined;
}

function firstKeyword(docdata: El | null): string {
  const list = child(docdata, 'key-list');
  return list ? attr(findAll(list, 'keyword')[0] ?? emptyEl, 'key') : '';
}

interface HeadMeta {
  readonly priority?: number;
  readonly category?: readonly Category[];
  readonly slug?: string;
  readonly takeKey?: string;
  readonly wordCount?: number;
  readonly subjects: readonly Subject[];
}

/**
 * NITF's `head/meta name=… content=…` is where agencies put what the DTD has no element for: the ANPA priority
 * (`priority`, EFE's `prioridad`, NTB's `NTBPrioritet`), the category (`category`, `anpa-category`, `categoria`),
 * the IPTC subject (`category_iptc`), a slug (NTB's `NTBStikkord`, a `slug` or `slugline`, and the fields of an
 * ANPA-1312 header carried over as `anpa-…` names: `anpa-keyword`, ANPA's keyword, is the slug; `anpa-takekey` the
 * take key).
 */
function readHeadMeta(head: El | null): HeadMeta {
  let priority: number | undefined;
  const category: Category[] = [];
  let slug: string | undefined;
  let takeKey: string | undefined;
  let wordCount: number | undefined;
  const subjects: Subject[] = [];
  for (const m of children(head, 'meta')) {
    const name = attr(m, 'name').toLowerCase();
    const content = attr(m, 'content').trim();
    if (!content) continue;
    if (/priorit/u.test(name)) priority ??= anpaPriority(content);
    else if (/^(?:anpa-?category|category|categoria|categorie|kategori)$/u.test(name) && /^[A-Za-z]{1,5}$/u.test(content)) category.push(anpaCategory(content));
    else if (/(?:^|-|_)iptc$|subject-?code/u.test(name) && /^\d{8}$/u.test(content)) subjects.push({ code: content, scheme: 'iptc-subjectcode', name: '' });
    else if (/^(?:slug|slugline|keyword-line|anpa-keyword|ntbstikkord|stikkord)$/u.test(name)) slug ??= nonEmpty(content);
    else if (/^anpa-?take-?key$/u.test(name)) takeKey ??= nonEmpty(content);
    else if (/(?:^|-|_)word-?count$/u.test(name)) wordCount ??= declaredCount(content);
  }
  return { ...compact({ priority, category, slug, takeKey, wordCount }), subjects };
}

/** NITF has no separate embargo element: a `date.release` in a document marked `management-status="embargoed"` is one. */
function embargoOf(docdata: El | null): string | undefined {
  if (attr(docdata, 'management-status') !== 'embargoed') return undefined;
  return isoDate(attr(child(docdata, 'date.release'), 'norm'));
}

function bylineText(b: El): string {
  const person = child(b, 'person');
  const own = textOf(person ?? b);
  // A byline names people. A sentence in <byline> (ANSA puts its subtitle there) is not one: more than six
  // words, several of them lower case, with no "By" and no <person>.
  const words = own.trim().split(/\s+/u);
  if (!person && !/^by\s/iu.test(own.trim()) && words.length > 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3) return '';
  return own.replace(/^by\s+/iu, '').trim();
}

function authorsOf(bylines: readonly El[]): Author[] {
  const out: Author[] = [];
  for (const b of bylines) {
    for (const p of children(b, 'person')) {
      const name = textOf(p);
      if (name) out.push({ name, role: textOf(child(b, 'byttl')) || 'author' });
    }
  }
  return out;
}

function sourceOf(bodyHead: El | null, docdata: El | null): WireMeta['source'] {
  const distributor = nonEmpty(textOf(child(bodyHead, 'distributor')));
  const holder = nonEmpty(attr(child(docdata, 'doc.copyright'), 'holder'));
  // A release or another agency's copy carried by a distributor (AP's feed of a Business Wire release: distributor
  // The Associated Press, doc.copyright holder Business Wire): the holder is where the copy comes from. The same
  // party under two spellings (holder `AP`, distributor `The Associated Press`) is the distributor's own copy.
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || (findAgency(a) !== null && findAgency(a)?.code === findAgency(b)?.code);
  const name = holder && distributor && !same(holder, distributor) ? holder : distributor ?? holder;
  return name ? { name, credit: name } : undefined;
}

function subjectsOf(head: El | null): Subject[] {
  const out: Subject[] = [];
  for (const s of findAll(head ?? emptyEl, 'tobject.subject')) {
    const code = attr(s, 'tobject.subject.refnum');
    if (!code) continue;
    const name = attr(s, 'tobject.subject.detail') || attr(s, 'tobject.subject.matter') || attr(s, 'tobject.subject.type');
    out.push({ code, scheme: attr(s, 'tobject.subject.ipr') || 'iptc-subjectcode', name });
  }
  return out;
}

/**
 * NITF's places: `docdata/evloc` is where the events took place (city, county-dist, state-prov, iso-cc, as
 * attributes), then the locations docdata lists among the identified content, then the dateline's location (where
 * the story was filed). A location's code is its country's `iso-cc` when it gives one, else its `location-code`.
 */
function placesOf(docdata: El | null, dateline: El | null): Place[] {
  const out: Place[] = [];
  const add = (name: string, code: string | undefined): void => {
    if (name && !out.some((p) => p.name === name)) out.push({ name, code: code ?? null });
  };
  for (const ev of children(docdata, 'evloc')) {
    const name = nonEmpty(attr(ev, 'city')) ?? nonEmpty(attr(ev, 'county-dist')) ?? nonEmpty(attr(ev, 'state-prov')) ?? nonEmpty(attr(ev, 'iso-cc'));
    add(name ?? '', nonEmpty(attr(ev, 'iso-cc')));
  }
  for (const loc of [...findAll(child(docdata, 'identified-content') ?? emptyEl, 'location'), ...(dateline ? findAll(dateline, 'location') : [])]) {
    const name = nonEmpty(textOf(child(loc, 'city'))) ?? nonEmpty(textOf(loc)) ?? '';
    add(name, nonEmpty(attr(child(loc, 'country'), 'iso-cc')) ?? nonEmpty(attr(loc, 'location-code')));
  }
  return out;
}
