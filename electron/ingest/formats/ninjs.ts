/**
 * ninjs 1.x–3.x (IPTC's JSON news format) → drafts; a JSON array gives one draft per item. Property names are
 * read case-insensitively, since 3.0 renamed `versioncreated` to `versionCreated` and so on. 1.x has single
 * `headline`, `body_text`/`body_html`/`body_xhtml`, `description_text`, `byline`, `subject`, `place`; 2.x and
 * 3.x have lists: `headlines`, `bodies`, `descriptions` (each `{role, value, contenttype}`), `by`, `subjects`,
 * `places`. A picture or an event has no body: its description is its copy, its title its headline.
 */
import { countryOf } from '../../enrich/gazetteer.js';
import type { Author, Place, Subject } from '../../domain/article.js';
import { FormatError } from '../format-error.js';
import { attr, paragraphsOf, parseTree, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, intOf, isoDate, nonEmpty, pubstatusOf } from './meta-helpers.js';
import { parsePlainText } from './plain-text.js';
import { readApSlug } from './anpa-header.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export function parseNinjs(text: string): WireDraft[] {
  let data: Json;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, '')) as Json;
  } catch (err) {
    throw new FormatError(`malformed ninjs JSON: ${(err as Error).message}`);
  }
  if (isObj(data) && get(data, 'components') !== undefined && get(data, 'componentlayouts', 'layout') !== undefined) {
    throw new FormatError('an Apple News Format article (another system\'s publish output), not a news item');
  }
  const items = Array.isArray(data) ? data.filter(isObj) : isObj(data) ? (listedItems(data) ?? [apMediaItem(data) ?? data]) : [];
  if (items.length === 0) throw new FormatError('no ninjs item in this JSON');
  return items.map(itemDraft);
}

/**
 * The AP Media API wraps a ninjs item in a response (`{api_version, data: {item: {…}}}`) and sends its text apart,
 * at the top level, as `nitf: {body_html}`: the item is read with that text as its body.
 */
function apMediaItem(response: Obj): Obj | null {
  const data = get(response, 'data');
  const item = isObj(data) ? get(data, 'item') : undefined;
  if (!isObj(item)) return null;
  const nitf = get(response, 'nitf');
  const html = isObj(nitf) ? str(get(nitf, 'body_html')) : undefined;
  return html && !get(item, 'body_html', 'body_text', 'bodies') ? { ...item, body_html: html } : item;
}

/** What makes an object a ninjs item rather than the response around one: ninjs 1.x–3.x item properties. */
const ITEM_KEYS = new Set(['uri', 'headline', 'headlines', 'body_text', 'body_html', 'body_xhtml', 'bodies', 'versioncreated', 'firstcreated']);

/** Properties an item may have even without text (a picture's `title`, `type`, `guid`): a response has none. */
const ANY_ITEM_KEYS = new Set([...ITEM_KEYS, 'guid', 'type', 'title', 'description_text', 'descriptions', 'language', 'pubstatus', 'urgency']);

function isItem(o: Obj, keys: ReadonlySet<string> = ITEM_KEYS): boolean {
  return Object.keys(o).some((k) => keys.has(k.toLowerCase()));
}

/**
 * A feed or search response that lists its items (`{total, limit, offset, item: [...]}`, `{data: {items: [...]}}`):
 * ninjs defines the item, not the page around it, so each agency names the list its own way. A response that is
 * no item itself and holds a list of items (directly or in a `data` object) gives one draft per listed item.
 */
function listedItems(response: Obj): Obj[] | null {
  if (isItem(response, ANY_ITEM_KEYS)) return null;
  const data = get(response, 'data');
  for (const holder of isObj(data) ? [response, data] : [response]) {
    for (const value of Object.values(holder)) {
      if (!Array.isArray(value) || value.length === 0) continue;
      const objs = value.filter(isObj);
      if (objs.length === value.length && objs.some((o) => isItem(o))) return objs.filter((o) => isItem(o));
    }
  }
  return null;
}

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A property by name, case-insensitively (`versionCreated` = `versioncreated`). */
function get(o: Obj, ...names: string[]): Json | undefined {
  for (const name of names) {
    const key = Object.keys(o).find((k) => k.toLowerCase() === name);
    if (key !== undefined && o[key] !== undefined && o[key] !== null) return o[key];
  }
  return undefined;
}

/** A string value, trimmed but with its line breaks kept (a body_text's blank lines are its paragraphs). */
function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

function list(v: Json | undefined): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : [];
}

/** From a 2.x/3.x role list: the entry with one of these roles, else the first. */
function byRole(entries: Obj[], roles: readonly string[]): Obj | undefined {
  return entries.find((e) => roles.includes((str(get(e, 'role')) ?? '').toLowerCase())) ?? entries[0];
}

function htmlBlocks(html: string): readonly string[] {
  return paragraphsOf(withoutFurniture(parseTree(tableRows(html), { xml: false })));
}

/**
 * TT's HTML body marks what is not copy by class: `dat` (the dateline block: the vignette `Fotboll` and the source
 * `TT`) and `byline` (the writer's and the photographer's names, given in the item's own byline fields).
 */
const FURNITURE_CLASSES = new Set(['dat', 'byline']);

function withoutFurniture(el: El): El {
  const children = el.children
    .filter((c) => typeof c === 'string' || !attr(c, 'class').split(/\s+/u).some((name) => FURNITURE_CLASSES.has(name)))
    .map((c) => (typeof c === 'string' ? c : withoutFurniture(c)));
  return { ...el, children };
}

function vignettePlace(o: Obj): string | undefined {
  const html = str(get(o, 'body_html5')) ?? str(get(o, 'body_richhtml5'));
  const v = html ? /<div class="dat"><span class="vignette">([^<>]{2,40})<\/span>/u.exec(html)?.[1]?.trim() : undefined;
  return v && countryOf(v) ? v : undefined;
}

function bodyBlocks(o: Obj): readonly string[] {
  // `bodyxhtml`: the Reuters API's camel-cased `bodyXhtml`.
  // `body_html5`: TT's own name for its HTML5 body.
  for (const key of ['body_html', 'body_xhtml', 'bodyxhtml', 'body_html5']) {
    const html = str(get(o, key));
    if (html) return htmlBlocks(html);
  }
  const plain = str(get(o, 'body_text'));
  if (plain) return parsePlainText(plain).blocks;
  const bodies = list(get(o, 'bodies'));
  const best = bodies.find((b) => /html|nitf/iu.test(str(get(b, 'contenttype')) ?? '')) ?? byRole(bodies, ['', 'main', 'text']);
  if (best) {
    const value = str(get(best, 'value')) ?? '';
    return /html|xml|nitf/iu.test(str(get(best, 'contenttype')) ?? '') || /^\s*</u.test(value) ? htmlBlocks(value) : parsePlainText(value).blocks;
  }
  return [];
}

function descriptionText(o: Obj): string | undefined {
  const plain = str(get(o, 'description_text'));
  if (plain) return plain;
  for (const key of Object.keys(o)) {
    if (/^description_/u.test(key.toLowerCase())) {
      const html = str(o[key]);
      if (html) return htmlBlocks(html).join('\n\n') || html;
    }
  }
  const d = byRole(list(get(o, 'descriptions')), ['summary', 'caption', 'abstract', 'description']);
  const value = d ? str(get(d, 'value')) : undefined;
  if (!value) return undefined;
  return /^\s*</u.test(value) ? htmlBlocks(value).join('\n\n') : value;
}

function itemDraft(o: Obj): WireDraft {
  const headlines = list(get(o, 'headlines'));
  const headline = nonEmpty(str(get(o, 'headline')) ?? str(get(byRole(headlines, ['main', '']) ?? {}, 'value')) ?? str(get(o, 'title')));
  const description = descriptionText(o);
  const body = bodyBlocks(o);
  const blocks = body.length > 0 ? body : description ? parsePlainText(description).blocks : [];
  // ninjs 2/3's `by`; the `authors` list many newsroom systems add to the ninjs they send (Superdesk's output).
  const people = [...list(get(o, 'by')), ...list(get(o, 'authors'))];
  // AP's items carry `bylines` (`[{by: "By MATT OTT", title: "AP Business Writer"}]`) beside ninjs's own fields.
  // Their `By ` is the print line's, not the name's: bylines from the other formats come without it.
  const apBylines = list(get(o, 'bylines')).map((b) => (str(get(b, 'by')) ?? '').replace(/^by\s+/iu, '')).filter(Boolean);
  const byline =
    str(get(o, 'byline')) ??
    (typeof get(o, 'by') === 'string' ? str(get(o, 'by')) : nonEmpty(people.map((p) => str(get(p, 'name')) ?? '').filter(Boolean).join(', '))) ??
    nonEmpty(apBylines.join(' and '));
  const meta: WireMeta = compact({
    headline,
    byline,
    abstract: body.length > 0 ? description : undefined,
    // AP's `located` is the item's dateline place (`SILVER SPRING, Md.`): the dateline when the copy has none
    // (a summary-only item); a dateline in the copy still wins.
    // TT's dateline block names the place as its vignette when the story has one (`Finland` over `TT`); a vignette
    // that is a topic (`Ekonomi`, `Fotboll`) places nothing.
    dateline: str(get(o, 'located')) ?? vignettePlace(o),
    ...slugFields(str(get(o, 'slugline'))),
    language: str(get(o, 'language')),
    source: sourceOf(o),
    guid: str(get(o, 'guid')) ?? str(get(o, 'uri')),
    version: intOf(str(get(o, 'version'))),
    // No first-created time given (TT's content API sends only the version's): the version's time dates the item,
    // as for NewsML-G2 that gives only versionCreated.
    created: isoDate(str(get(o, 'firstcreated', 'contentcreated'))) ?? isoDate(str(get(o, 'versioncreated'))),
    updated: isoDate(str(get(o, 'versioncreated'))),
    urgency: intOf(str(get(o, 'urgency'))),
    priority: intOf(str(get(o, 'priority'))),
    pubstatus: pubstatusOf(str(get(o, 'pubstatus'))),
    ednote: nonEmpty([summaryOnly(o, body.length, description), str(get(o, 'ednote'))].filter(Boolean).join('; ')),
    embargo: isoDate(str(get(o, 'embargoed'))),
    subjects: subjectsOf(o),
    keywords: (Array.isArray(get(o, 'keywords')) ? (get(o, 'keywords') as Json[]) : []).map((k) => str(k) ?? '').filter(Boolean),
    places: placesOf(o),
    authors: people.map((p): Author => ({ name: str(get(p, 'name')) ?? '', role: str(get(p, 'role')) ?? 'author' })).filter((a) => a.name !== ''),
    // The `wordcount` newsroom systems add to the ninjs they send (Superdesk's output, NTB's feed): the sender's count.
    wordCount: declaredCount(get(o, 'wordcount')),
  });
  return { blocks, meta };
}

/**
 * A text item with a summary and no body: the AP Media API sends the story's text apart (its `nitf` or `anpa`
 * rendition, fetched on its own), so the file holds the summary only. It is all the copy there is, so it is read,
 * and the desk is told plainly that it is not the story. (A picture's description is its copy: no note.)
 */
function summaryOnly(o: Obj, bodyBlocks: number, description: string | undefined): string | undefined {
  if (bodyBlocks > 0 || !description || (str(get(o, 'type')) ?? 'text') !== 'text') return undefined;
  const renditions = get(o, 'renditions');
  const text = isObj(renditions) ? ['nitf', 'anpa', 'text'].find((k) => isObj(renditions[k])) : undefined;
  return text
    ? `Summary only: the story's text is not in this file (it is sent apart, as the item's ${text} rendition)`
    : "Summary only: the story's text is not in this file";
}

function declaredCount(v: Json | undefined): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/u.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function sourceOf(o: Obj): WireMeta['source'] {
  // The `source` many newsroom systems add (Superdesk's ninjs, NTB's and TT's feeds: "NTB", "TT") names the agency
  // the item came from; the copyright holder may be the system's owner instead ("Sourcefabric"), so `source` wins.
  const agency = typeof get(o, 'source') === 'string' ? str(get(o, 'source')) : undefined;
  if (agency && agency.length <= 40) return { name: agency, credit: agency };
  const holder = get(o, 'copyrightholder');
  const name = str(holder) ?? (isObj(holder) ? str(get(holder, 'name')) : undefined);
  // `infosources` in ninjs 2.x and 3.x, `infosource` in 1.2–1.4: the party that originated or supplied the content.
  const info = [...list(get(o, 'infosources')), ...list(get(o, 'infosource'))].map((i) => str(get(i, 'name'))).find(Boolean);
  const credit = name ?? info;
  return credit ? { name: credit, credit } : undefined;
}

function subjectsOf(o: Obj): Subject[] {
  return list(get(o, 'subjects', 'subject')).map((s) => {
    const uri = str(get(s, 'uri')) ?? '';
    const code = str(get(s, 'code')) ?? uri.replace(/^.*[/:]/u, '');
    const scheme = str(get(s, 'scheme')) ?? (uri.includes(':') ? uri.slice(0, uri.lastIndexOf(uri.includes('/') ? '/' : ':')) : '');
    return { code, scheme, name: str(get(s, 'name')) ?? '' };
  }).filter((s) => s.code !== '' || s.name !== '');
}

function placesOf(o: Obj): Place[] {
  const out: Place[] = list(get(o, 'places', 'place')).map((p) => ({ name: str(get(p, 'name')) ?? '', code: str(get(p, 'code')) ?? str(get(p, 'uri')) ?? null }));
  const located = str(get(o, 'located'));
  if (located) out.push({ name: located, code: null });
  return out.filter((p) => p.name !== '');
}

function slugFields(slug: string | undefined): Pick<WireMeta, 'slugline' | 'takeKey'> {
  return slug ? readApSlug(slug) : {};
}

/** A table in a body (agate, exchange rates) is read a row per paragraph, its cells apart (cleaning turns the tab into a space). */
function tableRows(html: string): string {
  if (!/<table[\s>]/iu.test(html)) return html;
  return html.replace(/<table[\s\S]*?<\/table>/giu, (table) =>
    table
      .replace(/<\/?(?:p|div|span|tbody|thead|tfoot|table)\b[^>]*>/giu, '')
      .replace(/<\/t[dh]>\s*<t[dh]\b[^>]*>/giu, '\t')
      .replace(/<\/?t[dh]\b[^>]*>/giu, '')
      .replace(/<tr\b[^>]*>/giu, '<p>')
      .replace(/<\/tr>/giu, '</p>'),
  );
}
