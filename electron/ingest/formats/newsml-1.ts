/**
 * NewsML 1.x (1.2 as AFP, EFE, Kyodo and Business Wire send it) → one draft per `NewsItem`. Identification
 * gives the guid (`PublicIdentifier`) and version (`RevisionId`); NewsManagement the dates, status and urgency
 * (a `StatusWillChange` to usable is an embargo); the first `NewsLines` the headline, byline, dateline, credit
 * and slug; DescriptiveMetadata the language, subjects and places; the text is the first text `ContentItem`
 * (its `DataContent` holds NITF, XHTML paragraphs or plain text).
 */
import type { Place, Subject } from '../../domain/article.js';
import { agencyFromRaw } from '../../domain/wire-values.js';
import { FormatError } from '../format-error.js';
import { attr, child, children, find, findAll, paragraphsOf, parseTree, rawText, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { embargoFromNote } from './embargo-note.js';
import { compact, declaredCount, intOf, isoDate, nonEmpty, numericDate, pubstatusOf } from './meta-helpers.js';
import { nitfDraft } from './nitf.js';
import { parsePlainText } from './plain-text.js';

export function parseNewsml1(text: string): WireDraft[] {
  const root = parseTree(text, { xml: true });
  const items = findAll(root, 'newsitem');
  if (items.length === 0) throw new FormatError('no NewsItem in this NewsML document');
  const envelope = child(find(root, 'newsml'), 'newsenvelope');
  const envelopePriority = intOf(attr(find(envelope ?? root, 'priority'), 'formalname'));
  const sentFrom = nonEmpty(formal(find(child(envelope, 'sentfrom') ?? emptyEl, 'party')));
  return items.flatMap((item) => {
    const stories = storyComponents(item);
    if (stories.length === 0) return [itemDraft(item, envelopePriority, sentFrom)];
    // Several stories in one item share its identifier: each is told apart by its component's Duid.
    return stories.map((c) => {
      const draft = componentDraft(item, c, envelopePriority, sentFrom);
      const duid = nonEmpty(attr(c, 'duid'));
      return stories.length > 1 && duid && draft.meta.guid ? { ...draft, meta: { ...draft.meta, guid: `${draft.meta.guid}#${duid}` } } : draft;
    });
  });
}

/** NewsML 1.2 §Role: the parts a text story is made of, each in a NewsComponent of its own (Belga's layout). */
const TEXT_PARTS = new Set(['title', 'lead', 'body']);

function roleOf(component: El): string {
  return formal(child(component, 'role')).toLowerCase();
}

/**
 * The stories of an item that sends each of them as a NewsComponent of parts (Belga: a `Short`, `Tip`, `Quote`
 * or `Audio` component holding `Title`, `Lead` and `Body` components, one per language, beside `Sound` or
 * `Clip` media): each is a story. An item whose text is a single ContentItem has none (read by itemDraft).
 */
function storyComponents(item: El): El[] {
  const out: El[] = [];
  const walk = (el: El): void => {
    for (const c of children(el, 'newscomponent')) {
      if (children(c, 'newscomponent').some((part) => TEXT_PARTS.has(roleOf(part)))) out.push(c);
      else walk(c);
    }
  };
  walk(item);
  return out;
}

/**
 * One story component: its own NewsLines, language, credit, priority and location over the item's, and its
 * text the Lead and Body parts in order (the Title part is the headline again, text only when there is no other).
 */
function componentDraft(item: El, component: El, priority: number | undefined, sentFrom: string | undefined): WireDraft {
  const base = itemDraft(item, priority, sentFrom);
  const lines = child(component, 'newslines');
  const parts = children(component, 'newscomponent').filter((part) => TEXT_PARTS.has(roleOf(part)));
  const text = (role: string): string[] => parts.filter((p) => roleOf(p) === role).flatMap((p) => children(p, 'contentitem').flatMap(contentBlocks));
  const headline = nonEmpty(textOf(child(lines, 'headline'))) ?? nonEmpty(text('title').join(' '));
  const admin = child(component, 'administrativemetadata');
  const credit = nonEmpty(textOf(child(lines, 'creditline'))) ?? nonEmpty(formal(find(child(admin, 'source') ?? component, 'party')));
  const property = (within: El | null, name: string): string | undefined =>
    nonEmpty(attr(children(within, 'property').find((p) => formal(p).toLowerCase() === name) ?? null, 'value'));
  const own = datelineOf(lines, child(component, 'descriptivemetadata'), base.meta.created);
  const blocks = [...text('lead'), ...text('body')];
  return {
    blocks,
    meta: compact({
      ...base.meta,
      headline: headline ?? base.meta.headline,
      // Belga leaves its DateLine empty and names the story's town in the component's Location.
      dateline: own.line ?? own.city ?? base.meta.dateline,
      datelineDate: own.date ?? base.meta.datelineDate,
      language: nonEmpty(attr(component, 'xml:lang')) ?? base.meta.language,
      source: credit ? { name: credit, credit } : base.meta.source,
      priority: intOf(property(admin, 'priority')) ?? base.meta.priority,
      keywords: children(lines, 'keywordline').map(textOf).filter(Boolean),
    }),
  };
}

/**
 * A ByLine that names the party the item's Source or Provider names is the issuing organisation, not a writer (a
 * release service's `<ByLine>LapWall Oyj</ByLine>` under `<Source><Party FormalName="LapWall Oyj"/>`).
 */
function issuerByline(byline: string | undefined, parties: readonly (string | undefined)[]): string | undefined {
  const key = (v: string) => v.trim().toLowerCase().replace(/\s+/gu, ' ');
  return byline && parties.some((p) => p && key(p) === key(byline)) ? undefined : byline;
}

/** Desk initials (`daa/mt/msr`, EFE's and AFP's sign-off of who handled the copy) are not a byline. */
function personByline(byline: string | undefined): string | undefined {
  return byline && /^[a-z]{1,5}(?:\/[a-z]{1,5})+$/u.test(byline.trim()) ? undefined : byline;
}

function formal(el: El | null): string {
  return attr(el, 'formalname');
}

const emptyEl: El = { name: '', local: '', attrs: {}, children: [] };

function itemDraft(item: El, priority: number | undefined, sentFrom?: string): WireDraft {
  const ident = child(item, 'identification');
  const newsId = child(ident, 'newsidentifier');
  const mgmt = child(item, 'newsmanagement');
  const allLines = findAll(item, 'newslines');
  const lines = allLines.find((l) => child(l, 'headline')) ?? allLines[0] ?? null;
  const body = bodyOf(item);
  const willChange = child(mgmt, 'statuswillchange');
  const descriptive = find(item, 'descriptivemetadata');
  const provider = find(find(item, 'administrativemetadata') ?? item, 'provider');
  const firstParty = nonEmpty(formal(find(provider ?? item, 'party')));
  const sourceParty = nonEmpty(formal(find(find(item, 'source') ?? emptyEl, 'party')));
  // NewsML 1.2: the Source names where the content comes from. With no Provider, a Source that is no agency is a
  // release's issuer (Business Wire: `Interactive Brokers Group`): the distributor that sent the item (SentFrom)
  // is the source, crediting the issuer.
  const issuer = !provider && sentFrom && sourceParty && sourceParty === firstParty && !agencyFromRaw(sourceParty) ? sourceParty : undefined;
  const credit = nonEmpty(textOf(child(lines, 'creditline'))) ?? issuer;
  const created = isoDate(textOf(child(mgmt, 'firstcreated')));
  const dateline = datelineOf(lines, descriptive, created);
  const providerName = (issuer ? sentFrom : firstParty) ?? nonEmpty(textOf(child(newsId, 'providerid')));
  const meta: WireMeta = compact({
    ...body.meta,
    headline: nonEmpty(textOf(child(lines, 'headline'))) ?? body.meta.headline,
    byline: issuerByline(personByline(nonEmpty(textOf(child(lines, 'byline')))?.replace(/^by\s+/iu, '') ?? body.meta.byline), [sourceParty, firstParty]),
    dateline: dateline.line ?? body.meta.dateline ?? dateline.city,
    datelineDate: dateline.date,
    slugline: nonEmpty(textOf(child(lines, 'slugline'))) ?? body.meta.slugline ?? nonEmpty(textOf(child(ident, 'namelabel'))),
    abstract: nonEmpty(textOf(child(lines, 'subheadline'))) ?? body.meta.abstract,
    language: nonEmpty(formal(child(descriptive, 'language'))) ?? nonEmpty(attr(item, 'xml:lang')),
    source: providerName || credit ? compact({ name: providerName ?? credit, credit: credit ?? providerName }) : undefined,
    guid: storyIdentifier(newsId),
    version: intOf(textOf(child(newsId, 'revisionid'))),
    created,
    updated: isoDate(textOf(child(mgmt, 'thisrevisioncreated'))),
    urgency: intOf(formal(child(mgmt, 'urgency')) || textOf(child(mgmt, 'urgency'))),
    priority,
    pubstatus: pubstatusOf(formal(child(mgmt, 'status'))),
    embargo: willChange ? isoDate(textOf(child(willChange, 'dateandtime'))) : embargoNote(item, mgmt, created),
    ednote: nonEmpty([...children(mgmt, 'instruction').map(formal), ...advisoryLines(lines)].filter(Boolean).join('; ')),
    subjects: [...subjectsOf(item), ...topicsOf(descriptive)],
    keywords: [...children(lines, 'keywordline').map(textOf).filter(Boolean), ...propertyValues(descriptive, 'keyword')],
    places: placesOf(descriptive),
    wordCount: wordCountOf(item) ?? body.meta.wordCount,
  });
  return { blocks: body.blocks, meta };
}

/**
 * NewsML 1.2's free NewsLines typed as advice to the desk (`NewsLineType FormalName="AdvisoryLine"`, AFP's
 * `CORRECTS para 4 and 9 to say Thursday`): the editorial note, never copy.
 */
function advisoryLines(lines: El | null): string[] {
  return children(lines, 'newsline')
    .filter((l) => /^(?:advisory|advisoryline|editorialnote|ednote)$/u.test(formal(child(l, 'newslinetype')).toLowerCase()))
    .map((l) => textOf(child(l, 'newslinetext')).trim())
    .filter(Boolean);
}

/**
 * NewsML 1.2 §Characteristics: a ContentItem's `Property FormalName="WordCount"` (AFP writes `Words`), the first
 * that gives a count.
 */
function wordCountOf(item: El): number | undefined {
  for (const characteristics of findAll(item, 'characteristics')) {
    for (const p of children(characteristics, 'property')) {
      const name = formal(p).toLowerCase();
      const count = name === 'wordcount' || name === 'words' ? declaredCount(attr(p, 'value')) : undefined;
      if (count !== undefined) return count;
    }
  }
  return undefined;
}

/**
 * An item whose Status is Embargoed with no StatusWillChange to say when: the time is in a note to the desk, a
 * `Comment` (NewsML 1.2's free text on any element, `Embargoed to 0001 Tuesday June 03`), read on the item's clock.
 */
function embargoNote(item: El, mgmt: El | null, created: string | undefined): string | undefined {
  if (formal(child(mgmt, 'status')).toLowerCase() !== 'embargoed') return undefined;
  const updated = isoDate(textOf(child(mgmt, 'thisrevisioncreated')));
  for (const comment of findAll(item, 'comment')) {
    const at = embargoFromNote(textOf(comment), created ?? updated);
    if (at) return at;
  }
  return undefined;
}

/**
 * The dateline from its parts. NewsML 1.2 gives the place apart from the DateLine: a `City` Property in the
 * DescriptiveMetadata, or in a Location there. A DateLine that is a place line (`PARIS, Jan 21 (AFP) -`) is the
 * dateline as written; one that is a date alone (`4/4/2018`, ANA's) dates the dateline, and the City places it;
 * with no DateLine, the dateline of the NITF body, else the City alone (Belga's).
 */
function datelineOf(lines: El | null, descriptive: El | null, created: string | undefined): { line?: string; city?: string; date?: string } {
  const written = nonEmpty(textOf(child(lines, 'dateline')));
  const date = written ? numericDate(written, created) : undefined;
  return compact({ line: date ? undefined : written, city: cityOf(descriptive), date });
}

function cityOf(descriptive: El | null): string | undefined {
  const props = [...children(descriptive, 'property'), ...children(descriptive, 'location').flatMap((l) => children(l, 'property'))];
  return props.filter((p) => formal(p).toLowerCase() === 'city').map((p) => nonEmpty(attr(p, 'value'))).find(Boolean);
}

function bodyOf(item: El): WireDraft {
  for (const content of findAll(item, 'contentitem')) {
    const media = formal(child(content, 'mediatype')).toLowerCase();
    // TASS sends its NITF as MediaType ComplexData (MimeType text/vnd.IPTC.NITF): text all the same.
    const mime = formal(child(content, 'mimetype')).toLowerCase();
    if (!isTextMedia(media) && !(media === 'complexdata' && /nitf|text|xml|html/u.test(mime))) continue;
    const data = child(content, 'datacontent');
    if (!data) continue;
    const nitf = find(data, 'nitf');
    if (nitf) {
      const draft = nitfDraft(nitf);
      if (draft.blocks.length > 0) return draft;
      continue;
    }
    const blocks = dataBlocks(data);
    if (blocks.length > 0) return { blocks, meta: {} };
  }
  return { blocks: [], meta: {} };
}

/**
 * NewsML 1's MediaType of a ContentItem holding the story: `Text` (IPTC's topic set), or `HTML` as some agencies
 * name text sent as markup (Lusa's `<MediaType FormalName="HTML" />` over a CDATA of `<P>` paragraphs). A
 * ContentItem that names no MediaType is read too.
 */
function isTextMedia(media: string): boolean {
  return media === '' || media === 'text' || media === 'html' || media === 'xhtml';
}

/** A text ContentItem's paragraphs (media items have none). */
function contentBlocks(content: El): string[] {
  const media = formal(child(content, 'mediatype')).toLowerCase();
  const data = child(content, 'datacontent');
  if (!isTextMedia(media) || !data) return [];
  const nitf = find(data, 'nitf');
  return nitf ? nitfDraft(nitf).blocks.slice() : dataBlocks(data);
}

function dataBlocks(data: El): string[] {
  const hasElements = data.children.some((c) => typeof c !== 'string');
  const raw = hasElements ? '' : rawText(data);
  // HTML sent escaped (or in CDATA) inside DataContent is still HTML; so is inline markup alone (`Steven <b>Van Geel</b>`).
  if (hasElements) return paragraphsOf(data);
  if (/<\/?(?:p|div|br|html|body)[\s/>]/iu.test(raw)) return paragraphsOf(parseTree(raw, { xml: false }));
  if (/<\/?(?:b|i|em|strong|u)>/iu.test(raw)) return parsePlainText(raw).blocks.map((b) => textOf(parseTree(b, { xml: false })));
  // A line of stars between a bulletin's items is a break of its own, not the end of the line above.
  return parsePlainText(raw.replace(COMPONENT_REF, '').replace(/^[ \t]*\*{3}[ \t]*$/gmu, '\n***\n')).blocks.slice();
}

/**
 * A radio bulletin's script (Belga's Audio component) marks where each sound bite plays with the name of the
 * NewsML element that points at it, `NewsComponentRef`, on a line of its own: the producing system's placeholder,
 * not words.
 */
const COMPONENT_REF = /^[ \t]*NewsComponentRef[ \t]*$/gmu;

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

/** The values of a DescriptiveMetadata `Property` by its FormalName (NewsML 1.2 §Property: name and value pairs). */
function propertyValues(descriptive: El | null, name: string): string[] {
  const out: string[] = [];
  for (const p of children(descriptive, 'property')) {
    const value = formal(p).toLowerCase() === name ? nonEmpty(attr(p, 'value')) : undefined;
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}

/**
 * An agency's own topics sent as `Property FormalName="Topic"` (no TopicOccurrence, no SubjectCode): subjects in
 * the agency's scheme, named by the Property's Vocabulary when it gives one.
 */
function topicsOf(descriptive: El | null): Subject[] {
  return children(descriptive, 'property')
    .filter((p) => formal(p).toLowerCase() === 'topic' && nonEmpty(attr(p, 'value')))
    .map((p) => ({ code: attr(p, 'value').trim(), scheme: nonEmpty(attr(p, 'vocabulary')) ?? 'agency-topic', name: attr(p, 'value').trim() }))
    .filter((t, i, all) => all.findIndex((o) => o.code === t.code) === i);
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
