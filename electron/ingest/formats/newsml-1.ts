/**
 * NewsML 1.x (1.2 as AFP, EFE, Kyodo and Business Wire send it) → one draft per `NewsItem`. Identification
 * gives the guid (`PublicIdentifier`) and version (`RevisionId`); NewsManagement the dates, status and urgency
 * (a `StatusWillChange` to usable is an embargo); the first `NewsLines` the headline, byline, dateline, credit
 * and slug; DescriptiveMetadata the language, subjects and places; the text is the first text `ContentItem`
 * (its `DataContent` holds NITF, XHTML paragraphs or plain text).
 */
import type { Place, Subject } from '../../domain/article.js';
import { FormatError } from '../format-error.js';
import { attr, child, children, find, findAll, paragraphsOf, parseTree, rawText, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, intOf, isoDate, nonEmpty, pubstatusOf } from './meta-helpers.js';
import { nitfDraft } from './nitf.js';
import { parsePlainText } from './plain-text.js';

export function parseNewsml1(text: string): WireDraft[] {
  const root = parseTree(text, { xml: true });
  const items = findAll(root, 'newsitem');
  if (items.length === 0) throw new FormatError('no NewsItem in this NewsML document');
  const envelopePriority = intOf(attr(find(child(find(root, 'newsml'), 'newsenvelope') ?? root, 'priority'), 'formalname'));
  return items.map((item) => itemDraft(item, envelopePriority));
}

/** Desk initials (`daa/mt/msr`, EFE's and AFP's sign-off of who handled the copy) are not a byline. */
function personByline(byline: string | undefined): string | undefined {
  return byline && /^[a-z]{1,5}(?:\/[a-z]{1,5})+$/u.test(byline.trim()) ? undefined : byline;
}

function formal(el: El | null): string {
  return attr(el, 'formalname');
}

function itemDraft(item: El, priority: number | undefined): WireDraft {
  const ident = child(item, 'identification');
  const newsId = child(ident, 'newsidentifier');
  const mgmt = child(item, 'newsmanagement');
  const allLines = findAll(item, 'newslines');
  const lines = allLines.find((l) => child(l, 'headline')) ?? allLines[0] ?? null;
  const body = bodyOf(item);
  const willChange = child(mgmt, 'statuswillchange');
  const descriptive = find(item, 'descriptivemetadata');
  const provider = find(find(item, 'administrativemetadata') ?? item, 'provider');
  const credit = nonEmpty(textOf(child(lines, 'creditline')));
  const providerName = nonEmpty(formal(find(provider ?? item, 'party'))) ?? nonEmpty(textOf(child(newsId, 'providerid')));
  const meta: WireMeta = compact({
    ...body.meta,
    headline: nonEmpty(textOf(child(lines, 'headline'))) ?? body.meta.headline,
    byline: personByline(nonEmpty(textOf(child(lines, 'byline')))?.replace(/^by\s+/iu, '') ?? body.meta.byline),
    dateline: nonEmpty(textOf(child(lines, 'dateline'))) ?? body.meta.dateline,
    slugline: nonEmpty(textOf(child(lines, 'slugline'))) ?? body.meta.slugline ?? nonEmpty(textOf(child(ident, 'namelabel'))),
    abstract: nonEmpty(textOf(child(lines, 'subheadline'))) ?? body.meta.abstract,
    language: nonEmpty(formal(child(descriptive, 'language'))) ?? nonEmpty(attr(item, 'xml:lang')),
    source: providerName || credit ? compact({ name: providerName ?? credit, credit: credit ?? providerName }) : undefined,
    guid: storyIdentifier(newsId),
    version: intOf(textOf(child(newsId, 'revisionid'))),
    created: isoDate(textOf(child(mgmt, 'firstcreated'))),
    updated: isoDate(textOf(child(mgmt, 'thisrevisioncreated'))),
    urgency: intOf(formal(child(mgmt, 'urgency')) || textOf(child(mgmt, 'urgency'))),
    priority,
    pubstatus: pubstatusOf(formal(child(mgmt, 'status'))),
    embargo: willChange ? isoDate(textOf(child(willChange, 'dateandtime'))) : undefined,
    ednote: nonEmpty(children(mgmt, 'instruction').map(formal).join(' ')),
    subjects: subjectsOf(item),
    keywords: children(lines, 'keywordline').map(textOf).filter(Boolean),
    places: placesOf(descriptive),
  });
  return { blocks: body.blocks, meta };
}

function bodyOf(item: El): WireDraft {
  for (const content of findAll(item, 'contentitem')) {
    const media = formal(child(content, 'mediatype')).toLowerCase();
    // TASS sends its NITF as MediaType ComplexData (MimeType text/vnd.IPTC.NITF): text all the same.
    const mime = formal(child(content, 'mimetype')).toLowerCase();
    if (media && media !== 'text' && !(media === 'complexdata' && /nitf|text|xml|html/u.test(mime))) continue;
    const data = child(content, 'datacontent');
    if (!data) continue;
    const nitf = find(data, 'nitf');
    if (nitf) {
      const draft = nitfDraft(nitf);
      if (draft.blocks.length > 0) return draft;
      continue;
    }
    const hasElements = data.children.some((c) => typeof c !== 'string');
    const raw = hasElements ? '' : rawText(data);
    // HTML sent escaped (or in CDATA) inside DataContent is still HTML.
    const blocks = hasElements ? paragraphsOf(data) : /<\/?(?:p|div|br|html|body)[\s/>]/iu.test(raw) ? paragraphsOf(parseTree(raw, { xml: false })) : parsePlainText(raw).blocks;
    if (blocks.length > 0) return { blocks, meta: {} };
  }
  return { blocks: [], meta: {} };
}

function subjectsOf(item: El): Subject[] {
  const out: Subject[] = [];
  for (const code of findAll(item, 'subjectcode')) {
    for (const s of code.children) {
      if (typeof s === 'string' || !/^subject/u.test(s.local)) continue;
      const fn = formal(s);
      if (fn && !out.some((o) => o.code === fn)) out.push({ code: fn, scheme: attr(s, 'scheme') || 'iptc-subjectcode', name: '' });
    }
  }
  return out;
}

function placesOf(descriptive: El | null): Place[] {
  const out: Place[] = [];
  for (const loc of children(descriptive, 'location')) {
    for (const p of children(loc, 'property')) {
      if (formal(p).toLowerCase() === 'city' || formal(p).toLowerCase() === 'country') {
        const name = attr(p, 'value');
        if (name) out.push({ name, code: null });
      }
    }
  }
  return out;
}

/**
 * The story's identity across its revisions. NewsML 1.2 §NewsIdentifier: the PublicIdentifier is
 * `urn:newsml:ProviderId:DateId:NewsItemId:RevisionId` plus the Update flag, so it changes with every revision;
 * its revision part is dropped so that revision 2 is matched as a new version of revision 1. Some agencies send a
 * PublicIdentifier without the item's parts (Belga: `urn:newsml:www.belga.be` for every item): then the
 * identifier is made from ProviderId, DateId and NewsItemId, which name the item.
 */
function storyIdentifier(newsId: ReturnType<typeof child>): string | undefined {
  const provider = nonEmpty(textOf(child(newsId, 'providerid')));
  const date = nonEmpty(textOf(child(newsId, 'dateid')));
  const item = nonEmpty(textOf(child(newsId, 'newsitemid')));
  const revision = nonEmpty(textOf(child(newsId, 'revisionid')));
  const publicId = nonEmpty(textOf(child(newsId, 'publicidentifier')));
  if (publicId && item && publicId.includes(`:${item}:`) && revision) {
    const tail = `:${revision}`;
    const at = publicId.lastIndexOf(tail);
    // "…:TX-PAR-0001:2", "…:bsf153:1N" (with the Update flag): the revision ends the identifier.
    if (at > 0 && /^[NAU]?$/u.test(publicId.slice(at + tail.length))) return publicId.slice(0, at);
    return publicId;
  }
  if (provider && item) return `urn:newsml:${provider}:${date ?? ''}:${item}`;
  return publicId ?? item;
}
