/**
 * The soak's inputs: the good files (the test fixtures written for Copydesk, the seed) and generated bad ones.
 * Bad inputs are made from the good ones and from scratch: random bytes, truncations, byte mutations, deep
 * unclosed nesting, huge arrays and feeds, DTD tricks, fake zip packages, odd names; and one file of each costly
 * shape just within the import's size limit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SoakFile {
  readonly name: string;
  readonly bytes: Buffer;
}

const root = join(import.meta.dirname, '..', '..');
const GOOD_DIRS = ['tests/fixtures/wire', 'tests/fixtures/formats', 'seeds'];

export function goodInputs(): SoakFile[] {
  return GOOD_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((n) => !n.startsWith('.'))
      .map((name) => ({ name, bytes: readFileSync(join(root, dir, name)) })),
  );
}

const ODD_NAMES = ['', '..', '../../etc/passwd', 'CON', 'a'.repeat(300), 'ünïcödé 文件.txt', 'new\nline.txt', 'nul\u0000byte.xml', '.hidden', 'space .txt'];

export function* badInputs(count: number, random: () => number): Generator<SoakFile> {
  const good = goodInputs();
  const int = (n: number): number => Math.floor(random() * n);
  const makers: ((i: number) => SoakFile)[] = [
    (i) => ({ name: `random-${i}.bin`, bytes: Buffer.from(Array.from({ length: 1 + int(4096) }, () => int(256))) }),
    (i) => {
      const g = good[int(good.length)] as SoakFile;
      return { name: `truncated-${i}-${g.name}`, bytes: g.bytes.subarray(0, int(g.bytes.length)) };
    },
    (i) => {
      const g = good[int(good.length)] as SoakFile;
      const bytes = Buffer.from(g.bytes);
      for (let k = 0, flips = 1 + int(20); k < flips; k++) bytes[int(bytes.length)] = int(256);
      return { name: `mutated-${i}-${g.name}`, bytes };
    },
    (i) => {
      const depth = 10_000 + int(1_000_000);
      const kinds = [
        () => `<?xml version="1.0"?><nitf><body><body.content>${'<b>'.repeat(depth)}x</body.content></body></nitf>`,
        () => `<html><body>${'<div>'.repeat(depth)}x</body></html>`,
        () => `${'['.repeat(depth)}${']'.repeat(depth)}`,
        () => `${'{"a":'.repeat(Math.min(depth, 200_000))}1${'}'.repeat(Math.min(depth, 200_000))}`,
      ];
      return { name: `deep-${i}.xml`, bytes: Buffer.from((kinds[int(kinds.length)] as () => string)()) };
    },
    (i) => {
      const items = 1000 + int(4000);
      const kinds = [
        () => JSON.stringify(Array.from({ length: items }, (_, k) => ({ uri: `urn:soak:${i}:${k}`, type: 'text', headlines: [{ role: 'main', value: `Item ${k} of a big array` }], bodies: [{ role: 'main', contenttype: 'text/plain', value: `Body of item ${k}, a sentence of copy.` }] }))),
        () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: items }, (_, k) => `<item><title>Feed item ${k}</title><description>Text of feed item ${k}.</description></item>`).join('')}</channel></rss>`,
        () => `[${Array.from({ length: items * 50 }, () => '[]').join(',')}]`,
      ];
      return { name: `huge-${i}.json`, bytes: Buffer.from((kinds[int(kinds.length)] as () => string)()) };
    },
    (i) => {
      const kinds = [
        () => `<?xml version="1.0"?>\n<!DOCTYPE nitf [\n${Array.from({ length: 2000 }, (_, k) => `<!ENTITY e${k} "${k === 0 ? 'lol' : `&e${k - 1};&e${k - 1};`}">`).join('\n')}\n]>\n<nitf><body><body.head><hedline><hl1>&e1999;</hl1></hedline></body.head></body></nitf>`,
        () => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><nitf><body><body.head><hedline><hl1>&xxe;</hl1></hedline></body.head><body.content><p>&xxe;</p></body.content></body></nitf>`,
        () => `<?xml version="1.0"?><!DOCTYPE x [${' '.repeat(100_000)}]><x/>`,
      ];
      return { name: `dtd-${i}.xml`, bytes: Buffer.from((kinds[int(kinds.length)] as () => string)()) };
    },
    (i) => ({ name: `fake-${i}.docx`, bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(Array.from({ length: int(2000) }, () => int(256)))]) }),
    (i) => {
      const g = good[int(good.length)] as SoakFile;
      return { name: `${ODD_NAMES[int(ODD_NAMES.length)] ?? ''}${i}`, bytes: random() < 0.5 ? g.bytes : Buffer.alloc(int(64)) };
    },
  ];
  // One at a time: the deep and huge kinds are megabytes each, and 10,000 of them held at once would be gigabytes.
  for (let i = 0; i < count; i++) yield (makers[i % makers.length] as (i: number) => SoakFile)(i);
}

/** Text of `unit(0) sep unit(1) …` between head and tail, as long as fits in `bytes`. */
function filled(bytes: number, unit: (k: number) => string, head = '', tail = '', sep = ''): Buffer {
  const parts: string[] = [];
  let length = head.length + tail.length;
  for (let k = 0; ; k++) {
    const part = (k > 0 ? sep : '') + unit(k);
    if (length + part.length > bytes) break;
    parts.push(part);
    length += part.length;
  }
  return Buffer.from(head + parts.join('') + tail);
}

const ninjsItem = (k: number): string => JSON.stringify({ uri: `urn:limit:${k}`, type: 'text', headlines: [{ role: 'main', value: `Item ${k} of a big array` }], bodies: [{ role: 'main', contenttype: 'text/plain', value: `Body of item ${k}, a sentence of copy.` }] });

/**
 * Inputs just within the import's size limit (n bytes), one of each costly shape: the worst case for "peak memory
 * per input within the size limit" is a file at the limit, not the soak's megabyte-sized junk.
 */
const LIMIT_KINDS: readonly (readonly [string, (n: number) => Buffer])[] = [
  ['limit-ninjs-array.json', (n) => filled(n, ninjsItem, '[', ']', ',')],
  ['limit-nested-arrays.json', (n) => Buffer.from(`${'['.repeat(Math.floor(n / 2))}${']'.repeat(Math.floor(n / 2))}`)],
  ['limit-nested-objects.json', (n) => Buffer.from(`${'{"a":'.repeat(Math.floor(n / 6))}1${'}'.repeat(Math.floor(n / 6))}`)],
  ['limit-empty-arrays.json', (n) => filled(n, () => '[]', '[', ']', ',')],
  ['limit-empty-objects.json', (n) => filled(n, () => '{}', '[', ']', ',')],
  ['limit-strings.json', (n) => filled(n, (k) => `"s${k}"`, '[', ']', ',')],
  ['limit-feed.xml', (n) => filled(n, (k) => `<item><title>Feed item ${k}</title><description>Text of feed item ${k}.</description></item>`, '<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>', '</channel></rss>')],
  ['limit-g2.xml', (n) => filled(n, (k) => `<newsItem guid="urn:g2:${k}"><contentMeta><headline>G2 item ${k}</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content><p>Text ${k}.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>`, '<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>', '</itemSet></newsMessage>')],
  ['limit-nitf-paragraphs.xml', (n) => filled(n, (k) => `<p>Paragraph ${k} of a long NITF story.</p>`, '<?xml version="1.0"?><nitf><head><title>Long</title></head><body><body.head><hedline><hl1>Long</hl1></hedline></body.head><body.content>', '</body.content></body></nitf>')],
  ['limit-deep-b.xml', (n) => filled(n, () => '<b>', '<?xml version="1.0"?><nitf><body><body.content>', 'x</body.content></body></nitf>')],
  ['limit-deep-div.html', (n) => filled(n, () => '<div>', '<html><body>', 'x</body></html>')],
  ['limit-paragraphs.html', (n) => filled(n, (k) => `<p>Paragraph ${k} of a long page, in words.</p>`, '<html><head><title>Long</title></head><body><article>', '</article></body></html>')],
  ['limit-story.txt', (n) => filled(n, (k) => `Paragraph ${k} of a very long story, with words that a desk would read.\n\n`, 'A very long story\n\n')],
  ['limit-one-line.txt', (n) => filled(n, (k) => `word${k % 977} `, 'One line ')],
];

export function* limitInputs(maxBytes: number): Generator<SoakFile> {
  for (const [name, make] of LIMIT_KINDS) yield { name, bytes: make(maxBytes - 1024) };
}

type MixedFile = SoakFile & { readonly good: boolean };

/**
 * The whole corpus, one file at a time: `count` bad inputs with the good files and the size-limit inputs at
 * positions drawn from `random`, so the same seed gives the same files in the same order. A size-limit input is
 * made only when its turn comes (each is 20 MB).
 */
export function* soakInputs(count: number, random: () => number, maxBytes: number): Generator<MixedFile> {
  const extras: (() => MixedFile)[] = [
    ...goodInputs().map((f) => () => ({ ...f, good: true })),
    ...LIMIT_KINDS.map(([name, make]) => () => ({ name, bytes: make(maxBytes - 1024), good: false })),
  ];
  const at = extras.map(() => Math.floor(random() * (count + 1)));
  const junk = badInputs(count, random);
  for (let i = 0; i <= count; i++) {
    for (let k = 0; k < extras.length; k++) if (at[k] === i) yield (extras[k] as () => MixedFile)();
    const next = i < count ? junk.next() : undefined;
    if (next && !next.done) yield { ...next.value, good: false };
  }
}
