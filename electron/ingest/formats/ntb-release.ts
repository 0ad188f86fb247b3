/**
 * NTB Info's press-release XML (the Norwegian agency's release service, built by Solita) → a draft. One release per
 * document, `<release id lang>`, each field explained by a comment in the file itself: `title` (plain text), `leadtext`
 * (the standfirst, XML-encoded HTML), `body` (the text: HTML, XML-encoded, so its entities are encoded twice),
 * `boilerplate` (the issuer's "about us", plain text), `publicationDate` (`dd.MM.yyyy HH:mm`, Norwegian time),
 * `embargo` (the same pattern), `keywords` (free text), `categories` (labels), `type` (`Pressemelding`), and
 * `publisher/name`, the organisation that issued it. A release is the issuer's copy distributed by NTB: the
 * issuer is the credit, NTB Info the source. The lead text opens the story, as the release's page prints it.
 */
import type { Subject } from '../../domain/article.js';
import { FormatError } from '../format-error.js';
import { child, children, find, paragraphsOf, parseTree, textOf, type El } from '../markup/tree.js';
import type { WireDraft } from '../wire-draft.js';
import { compact, nonEmpty } from './meta-helpers.js';

export function parseNtbRelease(text: string): WireDraft {
  const root = parseTree(text, { xml: true });
  const release = find(root, 'release');
  if (!release) throw new FormatError('not an NTB Info release: no <release> element');
  const field = (name: string): string | undefined => nonEmpty(textOf(child(release, name)));
  const html = (name: string): string[] => {
    const raw = child(release, name);
    return raw ? paragraphsOf(parseTree(rawOf(raw), { xml: false })) : [];
  };
  const lead = html('leadtext');
  const body = html('body');
  const boilerplate = field('boilerplate');
  const publisher = nonEmpty(textOf(child(child(release, 'publisher'), 'name')));
  const categories = children(child(release, 'categories'), 'category').map((c) => textOf(child(c, 'label'))).filter((l) => l !== '');
  const subjects: Subject[] = categories.map((name) => ({ code: name, scheme: 'ntb-info-category', name }));
  const kind = textOf(child(child(release, 'type'), 'label'));
  return {
    blocks: [...lead, ...body, ...(boilerplate ? [boilerplate] : [])],
    meta: compact({
      headline: field('title'),
      abstract: nonEmpty(lead.join(' ')),
      language: nonEmpty(release.attrs['lang'] ?? ''),
      source: { name: 'NTB Info', code: 'NTB', credit: publisher ?? 'NTB Info' },
      guid: nonEmpty(release.attrs['id'] ?? ''),
      created: norwegianTime(field('publicationdate')),
      embargo: norwegianTime(field('embargo')),
      ednote: nonEmpty(kind),
      keywords: (field('keywords') ?? '').split(/\s+/u).filter((k) => k !== ''),
      subjects,
    }),
  };
}

/** The element's text as written: the HTML inside is itself markup once the XML's own encoding is read. */
function rawOf(el: El): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : rawOf(c);
  return s;
}

/**
 * `28.09.2018 11:15`, NTB's pattern `dd.MM.yyyy HH:mm`, in Norway's time (CET, or CEST from the last Sunday of
 * March to the last Sunday of October) → ISO 8601 with that offset.
 */
function norwegianTime(value: string | undefined): string | undefined {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{2}):(\d{2}))?$/u.exec(value ?? '');
  if (!m) return undefined;
  const [, d, mo, y, h = '12', mi = '00'] = m;
  const year = Number(y);
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const day = Number(d);
  const month = Number(mo);
  const summer = (month > 3 && month < 10) || (month === 3 && day >= lastSunday(3)) || (month === 10 && day < lastSunday(10));
  return `${y}-${mo}-${d}T${h}:${mi}:00${summer ? '+02:00' : '+01:00'}`;
}
