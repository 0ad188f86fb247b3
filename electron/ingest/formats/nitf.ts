/**
 * NITF 3.x (with or without a namespace prefix) → a draft. The headline is `body.head/hedline/hl1`, subtitles
 * are `hl2`; byline, dateline, abstract and distributor come from `body.head`; the copy is `body.content` (its
 * `p`, `hl2` and `block` children, media left out); `head/docdata` carries the identifier, urgency, dates,
 * keywords and editor's messages; `head/tobject` the IPTC subject codes.
 */
import type { Author, Place, Subject } from '../../domain/article.js';
import { FormatError } from '../format-error.js';
import { attr, child, children, find, findAll, paragraphsOf, parseTree, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, intOf, isoDate, nonEmpty, pubstatusOf } from './meta-helpers.js';

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
  const meta: WireMeta = compact({
    headline: nonEmpty(textOf(child(hedline, 'hl1'))) ?? nonEmpty(textOf(child(head, 'title'))),
    byline: nonEmpty(bylines.map(bylineText).filter(Boolean).join(', ')),
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
    ednote: nonEmpty(children(docdata, 'ed-msg').map((e) => attr(e, 'info')).join(' ')),
    embargo: embargoOf(docdata),
    slugline: nonEmpty(attr(child(docdata, 'du-key'), 'key')),
    subjects: subjectsOf(head),
    keywords: findAll(child(docdata, 'key-list') ?? emptyEl, 'keyword').map((k) => attr(k, 'key')).filter(Boolean),
    places: placesOf(docdata, dateline),
    authors: authorsOf(bylines),
    takeKey: nonEmpty(attr(child(docdata, 'du-key'), 'part')),
  });
  return { blocks, meta };
}

const emptyEl: El = { name: '', local: '', attrs: {}, children: [] };

/** NITF has no separate embargo element: a `date.release` in a document marked `management-status="embargoed"` is one. */
function embargoOf(docdata: El | null): string | undefined {
  if (attr(docdata, 'management-status') !== 'embargoed') return undefined;
  return isoDate(attr(child(docdata, 'date.release'), 'norm'));
}

function bylineText(b: El): string {
  const person = child(b, 'person');
  const own = textOf(person ?? b);
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
  const name = distributor ?? holder;
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

function placesOf(docdata: El | null, dateline: El | null): Place[] {
  const out: Place[] = [];
  for (const loc of [...findAll(child(docdata, 'identified-content') ?? emptyEl, 'location'), ...(dateline ? findAll(dateline, 'location') : [])]) {
    const name = textOf(child(loc, 'city')) || textOf(loc);
    if (name && !out.some((p) => p.name === name)) out.push({ name, code: nonEmpty(attr(loc, 'location-code')) ?? null });
  }
  return out;
}
