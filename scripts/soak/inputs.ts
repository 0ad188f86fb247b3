/**
 * The soak's inputs: the good files (the test fixtures written for Copydesk, the seed) and generated bad ones.
 * Bad inputs are made from the good ones and from scratch: random bytes, truncations, byte mutations, deep
 * unclosed nesting, huge arrays and feeds, DTD tricks, fake zip packages, odd names.
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

export function badInputs(count: number, random: () => number): SoakFile[] {
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
  return Array.from({ length: count }, (_, i) => (makers[i % makers.length] as (i: number) => SoakFile)(i));
}
