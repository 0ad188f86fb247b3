/**
 * Ritzau's RBNews XML (the Danish agency's own delivery format) → a draft. One story per document:
 * `headline` (nil on a flash: the story is headed by its first sentence), `subtitle` (the standfirst),
 * `strapline` (Ritzau's slug, `NET/FORSVAR/SATELLIT`), `town` and `origin` (`/ritzau/`) for the dateline,
 * `content` (escaped HTML paragraphs), `byLine`, `PublishDate`, `version`, `Priority`, `section` with its
 * one-letter code, `IPTCList` (IPTC subject codes written as integers, their leading zero lost), `NewsID`,
 * `TilRedaktionen` (a note to the editors), `Annuleret` (cancelled) and `Replaces` (the earlier versions, each with
 * its `Version` and `PublicationDate`).
 *
 * The content's paragraphs are parted by `<br />` as often as by `<p>` (a net story is one run of lines, each a
 * paragraph), escaped or sent as markup inside the element. It closes with the originator's sign-off (`/ritzau/`,
 * `.\˙ MarketWire`): that is the credit, not copy. `origin` names who wrote the story: Ritzau's own desk, or a
 * service it carries (Marketwire), which is then the story's source.
 */
import type { Category, Subject } from '../../domain/article.js';
import { FormatError } from '../format-error.js';
import { child, children, find, paragraphsOf, parseTree, textOf, type El } from '../markup/tree.js';
import type { WireDraft } from '../wire-draft.js';
import { compact, intOf, localTimeIn, nonEmpty } from './meta-helpers.js';

export function parseRitzau(text: string): WireDraft {
  const root = parseTree(text, { xml: true });
  const news = find(root, 'rbnews');
  if (!news) throw new FormatError('not a Ritzau RBNews document: no <RBNews> element');
  const field = (name: string): string | undefined => nonEmpty(textOf(child(news, name)));
  const html = (name: string): string[] => {
    const el = child(news, name);
    if (!el) return [];
    // Sent as markup (`<content>…<br />…</content>`) or as escaped HTML (`&lt;p&gt;…`).
    if (el.children.some((c) => typeof c !== 'string')) return paragraphsOf(el, undefined, true);
    const raw = textOf(el);
    return raw ? paragraphsOf(parseTree(raw, { xml: false }), undefined, true) : [];
  };
  const origin = field('origin');
  const agency = origin?.replace(/^\/|\/$/gu, '') || 'ritzau';
  const blocks = withoutSignOff(html('content'), agency);
  const own = letters(agency) === 'ritzau';
  const published = localTimeIn(field('publishdate'), 'Europe/Copenhagen');
  const town = field('town');
  const section = field('section');
  const sectionCode = field('sectionshort');
  const category: Category[] = sectionCode ? [{ code: sectionCode, name: section ?? sectionCode }] : [];
  return {
    blocks,
    meta: compact({
      headline: nonEmpty(html('headline').join(' ')),
      abstract: nonEmpty(html('subtitle').join(' ')),
      slugline: field('strapline'),
      byline: field('byline'),
      dateline: town ? `${town} /${agency}/` : undefined,
      source: own ? { name: 'Ritzau', code: 'Ritzau', credit: agency } : { name: agency, credit: agency },
      language: 'da',
      guid: field('newsid'),
      version: intOf(field('version')),
      // PublishDate is this version's time, in Danish local time written without an offset; the story was first
      // published when its version 1 was (listed under Replaces once there are later ones).
      created: firstPublished(child(news, 'replaces')) ?? published,
      updated: published,
      priority: intOf(field('priority')),
      pubstatus: field('annuleret') === 'true' ? 'canceled' : 'usable',
      // TilRedaktionen, "to the editors": the agency's note to the desk, escaped HTML like the content.
      ednote: nonEmpty(html('tilredaktionen').join(' ')),
      category,
      subjects: subjectsOf(child(news, 'iptclist')),
    }),
  };
}

function subjectsOf(list: El | null): Subject[] {
  return children(list, 'int')
    .map((el) => textOf(el).trim())
    .filter((code) => /^\d{7,8}$/u.test(code))
    .map((code) => ({ code: code.padStart(8, '0'), scheme: 'iptc-subjectcode', name: '' }));
}

/** The letters of a name, lower case: `/ritzau/` and `Ritzau` alike, `.\˙ MarketWire` and `Marketwire`. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}]+/gu, '');
}

/**
 * The content without the originator's sign-off: a last paragraph that is only its name among marks
 * (`/ritzau/`, `.\˙ MarketWire`), or the name between slashes closing the last paragraph (`… skriver Trump./ritzau/`).
 */
function withoutSignOff(blocks: string[], agency: string): string[] {
  const name = letters(agency);
  const last = blocks[blocks.length - 1];
  if (last === undefined || name === '') return blocks;
  if (letters(last) === name) return blocks.slice(0, -1);
  const tail = /\s*\/([^/\s]{2,30})\/\s*$/u.exec(last);
  if (tail && letters(tail[1] ?? '') === name && tail.index > 0) return [...blocks.slice(0, -1), last.slice(0, tail.index)];
  return blocks;
}

/** When version 1 of the story was published: its entry under Replaces. */
function firstPublished(replaces: El | null): string | undefined {
  const first = children(replaces, 'relatednews').find((r) => textOf(child(r, 'version')) === '1');
  return first ? localTimeIn(nonEmpty(textOf(child(first, 'publicationdate'))), 'Europe/Copenhagen') : undefined;
}
