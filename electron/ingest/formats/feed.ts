/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 → one draft per item/entry. The copy is the richest text the item
 * carries: `content:encoded` or Atom `content`, else `description`/`summary` (HTML in them is read as HTML).
 * Title, author (`author`, `dc:creator`), date (`pubDate`, `dc:date`, `published`, `updated`), `guid`/`id`,
 * categories (with their `domain`/`scheme`) and the channel's title as the source are kept.
 */
import type { Author, Subject } from '../../domain/article.js';
import { FormatError } from '../format-error.js';
import { attr, child, children, find, findAll, paragraphsOf, parseTree, rawText, textOf, type El } from '../markup/tree.js';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';
import { parsePlainText } from './plain-text.js';

export function parseFeed(text: string): WireDraft[] {
  const root = parseTree(text, { xml: true });
  const channel = find(root, 'channel', 'feed');
  const items = findAll(root, 'item', 'entry');
  if (items.length === 0) throw new FormatError('this feed has no items');
  const siteName = nonEmpty(textOf(child(channel, 'title')));
  const language = nonEmpty(textOf(child(channel, 'language'))) ?? nonEmpty(attr(find(root, 'feed'), 'xml:lang'));
  return items.map((item) => itemDraft(item, siteName, language));
}

/** A value that is HTML (escaped in RSS, or `type="html"`/`xhtml` in Atom) is read as HTML; plain text as text. */
function copyOf(el: El | null): readonly string[] {
  if (!el) return [];
  const type = attr(el, 'type');
  if (type === 'xhtml' || el.children.some((c) => typeof c !== 'string')) return paragraphsOf(el);
  const raw = rawText(el);
  if (type === 'html' || /<\/?[a-z][^>]*>/iu.test(raw)) return paragraphsOf(parseTree(raw, { xml: false }));
  return parsePlainText(raw).blocks;
}

function itemDraft(item: El, siteName: string | undefined, language: string | undefined): WireDraft {
  const content = child(item, 'encoded', 'content');
  const summary = child(item, 'description', 'summary');
  const body = copyOf(content);
  const abstract = copyOf(summary);
  const blocks = body.length > 0 ? body : abstract;
  const authors = [...children(item, 'author'), ...children(item, 'creator')]
    .map((a): Author => ({ name: nonEmpty(textOf(child(a, 'name'))) ?? textOf(a).replace(/^\S+@\S+\s*\((.*)\)$/u, '$1'), role: 'author' }))
    .filter((a) => a.name !== '');
  const link = child(item, 'link');
  const meta: WireMeta = compact({
    headline: nonEmpty(plainTitle(child(item, 'title'))),
    byline: nonEmpty(authors.map((a) => a.name).join(', ')),
    abstract: body.length > 0 ? nonEmpty(abstract.join(' ')) : undefined,
    language,
    source: siteName ? { name: siteName, credit: siteName } : undefined,
    guid: nonEmpty(textOf(child(item, 'guid', 'id'))) ?? nonEmpty(textOf(link) || attr(link, 'href')) ?? nonEmpty(attr(item, 'rdf:about')),
    created: isoDate(textOf(child(item, 'pubdate', 'published', 'date', 'issued'))),
    updated: isoDate(textOf(child(item, 'updated', 'modified'))),
    subjects: children(item, 'category', 'subject').map((c): Subject => {
      const term = attr(c, 'term') || textOf(c);
      return { code: term, scheme: attr(c, 'domain') || attr(c, 'scheme') || 'category', name: attr(c, 'label') || term };
    }).filter((s) => s.code !== ''),
    authors,
  });
  return { blocks, meta };
}

function plainTitle(el: El | null): string {
  if (!el) return '';
  const raw = textOf(el);
  return attr(el, 'type') === 'html' || /<\/?[a-z][^>]*>/iu.test(raw) ? textOf(parseTree(raw, { xml: false })) : raw;
}
