/**
 * Wire copy written for the import-order and correction tests, one writer per agency style: NewsML-G2, ninjs and
 * NITF items with a guid and version, plain text with Reuters-style headline marks (UPDATE 1-, REFILE-,
 * CORRECTED-) and ANPA-1312 with the mark in its take key. Each writer takes the story's parts, so a test states
 * what changed between versions in words, not in markup.
 */
export interface WireStory {
  readonly guid?: string;
  readonly version?: number;
  /** null: the item has no headline at all (a less complete copy). */
  readonly headline: string | null;
  readonly paragraphs: readonly string[];
  /** ISO 8601: the item's versionCreated / date.release / versioncreated. */
  readonly at?: string;
  readonly byline?: string;
  /** A correction flag in the format's own way (NewsML-G2 signal, NITF correction, ninjs ednote). */
  readonly correction?: string;
}

export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function newsmlG2(name: string, s: WireStory): CorpusFile {
  const signal = s.correction !== undefined ? '<signal qcode="sig:correction"/>' : '';
  const ednote = s.correction ? `<edNote>${xml(s.correction)}</edNote>` : '';
  return {
    name,
    bytes: encode(`<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${s.guid}" version="${s.version ?? 1}" standard="NewsML-G2" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:CDT"><name>Copydesk Test Agency</name></provider>
    <versionCreated>${s.at ?? '2026-03-01T09:00:00Z'}</versionCreated>${signal}${ednote}</itemMeta>
  <contentMeta>${s.headline === null ? '' : `<headline>${xml(s.headline)}</headline>`}${s.byline ? `<by>${xml(s.byline)}</by>` : ''}</contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
${s.paragraphs.map((p) => `<p>${xml(p)}</p>`).join('\n')}
  </body></html></inlineXML></contentSet>
</newsItem>
`),
  };
}

export function ninjs(name: string, s: WireStory): CorpusFile {
  const item: Record<string, unknown> = {
    uri: s.guid, version: String(s.version ?? 1), type: 'text', language: 'en', versioncreated: s.at ?? '2026-03-01T09:00:00Z',
    ...(s.headline === null ? {} : { headline: s.headline }),
    ...(s.byline ? { byline: s.byline } : {}),
    ...(s.correction !== undefined ? { ednote: `CORRECTION: ${s.correction}` } : {}),
    body_text: s.paragraphs.join('\n\n'),
  };
  return { name, bytes: encode(JSON.stringify(item, null, 1)) };
}

export function nitf(name: string, s: WireStory): CorpusFile {
  const at = (s.at ?? '2026-03-01T09:00:00Z').replace(/[-:]/g, '').replace(/\.\d+/, '').replace('Z', '+0000');
  const correction = s.correction !== undefined ? `<correction info="${xml(s.correction)}"/>` : '';
  return {
    name,
    bytes: encode(`<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" xml:lang="en-GB">
  <head>${s.headline === null ? '' : `<title>${xml(s.headline)}</title>`}
    <docdata>${correction}<doc-id id-string="${s.guid}"/><date.release norm="${at}"/><du-key key="Story" version="${s.version ?? 1}"/></docdata>
  </head>
  <body><body.head>${s.headline === null ? '' : `<hedline><hl1>${xml(s.headline)}</hl1></hedline>`}${s.byline ? `<byline>By ${xml(s.byline)}</byline>` : ''}</body.head>
    <body.content>${s.paragraphs.map((p) => `<p>${xml(p)}</p>`).join('\n')}</body.content>
  </body>
</nitf>
`),
  };
}

/** Reuters-style plain text: the mark (UPDATE 1, REFILE, CORRECTED…) prefixes the headline. */
export function plainText(name: string, mark: string, s: WireStory): CorpusFile {
  return { name, bytes: encode(`${mark ? `${mark}-` : ''}${s.headline ?? ''}\n\n${s.paragraphs.join('\n\n')}\n`) };
}

/** ANPA-1312: the take key (UPDATE 1, CORRECTION…) ends the header line's slug. */
export function anpa(name: string, takeKey: string, s: WireStory): CorpusFile {
  const header = `a0412 r f BC-Dam-Repair${takeKey ? ` ${takeKey}` : ''} 0231`;
  return { name, bytes: encode(`\u0001${header}\u0002${s.headline ?? ''}\r\n${s.paragraphs.map((p) => `\t${p}`).join('\r\n')}\u0003`) };
}
