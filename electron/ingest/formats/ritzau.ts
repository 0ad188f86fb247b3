/**
 * Ritzau's RBNews XML (the Danish agency's own delivery format) → a draft. One story per document:
 * `headline` (nil on a flash: the story is headed by its first sentence), `subtitle` (the standfirst),
 * `strapline` (Ritzau's slug, `NET/FORSVAR/SATELLIT`), `town` and `origin` (`/ritzau/`) for the dateline,
 * `content` (escaped HTML paragraphs), `byLine`, `PublishDate`, `version`, `Priority`, `section` with its
 * one-letter code, `IPTCList` (IPTC subject codes written as integers, their leading zero lost), `NewsID`,
 * `TilRedaktionen` (a note to the editors) and `Annuleret` (cancelled).
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
    const raw = textOf(child(news, name));
    return raw ? paragraphsOf(parseTree(raw, { xml: false })) : [];
  };
  const blocks = html('content');
  const origin = field('origin');
  const agency = origin?.replace(/^\/|\/$/gu, '') || 'ritzau';
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
      source: { name: 'Ritzau', code: 'Ritzau', credit: agency },
      language: 'da',
      guid: field('newsid'),
      version: intOf(field('version')),
      // PublishDate is Danish local time, written without an offset.
      created: localTimeIn(field('publishdate'), 'Europe/Copenhagen'),
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
