/**
 * A file cut short (a transfer cut off, a feed read mid-write) is refused saying so and where it stops — not with
 * what the readers made of the half they got. Files whole at the end keep their own reasons, and import as before.
 */
import { describe, expect, it } from 'vitest';
import { buildFile } from '../../../electron/desk/build-file.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { cutShortReason } from '../../../electron/ingest/cut-short.js';
import { ingestFile } from '../../../electron/ingest/ingest.js';

const G2 = `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2026-03-02T08:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:newsml:example.test:20260302:harbour" version="1">
      <contentMeta><headline>Harbour cranes idle as strike spreads</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>
        <p>Dock workers at the northern harbour stopped the cranes on Monday, the union said.</p>
        <p>The strike is the third this year, after talks on pay broke down in January.</p>
      </body.content></body></nitf></inlineXML></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
`;

const NINJS = JSON.stringify({ uri: 'urn:example.test:ferry', headline: 'Ferry back in service', body_text: 'The ferry between the two islands runs again from Monday, the operator said.', versioncreated: '2026-03-01T08:00:00Z' }, null, 2);

const tempDir = useTempDirs();

function refusal(name: string, text: string): string {
  const outcome = ingestFile({ name, bytes: Buffer.from(text) });
  if (outcome.ok) throw new Error(`${name} was imported`);
  return outcome.reason;
}

describe('a file cut short', () => {
  it('imports the whole files it is cut from', () => {
    expect(ingestFile({ name: 'whole.xml', bytes: Buffer.from(G2) }).ok).toBe(true);
    expect(ingestFile({ name: 'whole.json', bytes: Buffer.from(NINJS) }).ok).toBe(true);
  });

  it('is refused as cut short, naming where its XML stops, wherever the cut falls before the root closes', () => {
    for (const at of [130, 400, G2.indexOf('<p>Dock')]) {
      const cut = G2.slice(0, at);
      const reason = refusal('cut.xml', cut);
      expect(reason, `cut at ${at}`).toMatch(/^the file is cut short: its XML stops after [\d,]+ bytes, inside <newsMessage>, which never closes \(.*ask for it again\)$/u);
      expect(reason).toContain(`after ${Buffer.byteLength(cut).toLocaleString('en-US')} bytes`);
    }
    // Cut inside the root's own start tag: no element is whole yet.
    expect(refusal('cut.xml', G2.slice(0, 70))).toMatch(/its XML stops after 70 bytes, before its first element is whole/u);
  });

  it('imports the story of a file cut after its text began, flagged until the editor dismisses it', () => {
    for (const at of [G2.indexOf('The strike'), G2.indexOf('</itemSet>')]) {
      const cut = G2.slice(0, at);
      const built = buildFile({ name: 'cut.xml', bytes: Buffer.from(cut) }, { now: '2026-03-02T09:00:00Z', rules: {}, analyse: true, maxFileBytes: 1 << 20 });
      if (!built.ok) throw new Error(built.reason);
      const article = built.stories[0]?.article;
      expect(article?.original.cutShort).toBe(`its XML stops after ${Buffer.byteLength(cut).toLocaleString('en-US')} bytes, inside <newsMessage>, which never closes`);
      const flag = article?.flags.find((f) => f.kind === 'cut-short');
      expect(flag?.paragraph).toBe((article?.paragraphs.length ?? 0) - 1);
      expect(flag?.reason).toMatch(/^The file is cut short \(its XML stops after [\d,]+ bytes, inside <newsMessage>, which never closes\): the story may end early/u);
      // Anchored to the last words of the last block, which are in it.
      expect(article?.paragraphs.at(-1)?.text.endsWith(flag?.text ?? '?')).toBe(true);
    }
    // The whole file carries no such mark and no such flag.
    const whole = buildFile({ name: 'whole.xml', bytes: Buffer.from(G2) }, { now: '2026-03-02T09:00:00Z', rules: {}, analyse: true, maxFileBytes: 1 << 20 });
    if (!whole.ok) throw new Error(whole.reason);
    expect(whole.stories[0]?.article.original.cutShort).toBeUndefined();
    expect(whole.stories[0]?.article.flags.some((f) => f.kind === 'cut-short')).toBe(false);
  });

  it('is refused as cut short when its JSON stops inside a string or with its object open', () => {
    expect(refusal('cut.json', NINJS.slice(0, NINJS.indexOf('two islands')))).toMatch(/^the file is cut short: its JSON stops after [\d,]+ bytes, inside a string/u);
    expect(refusal('cut.json', NINJS.slice(0, NINJS.indexOf('"versioncreated"')))).toMatch(/its JSON stops after [\d,]+ bytes, with its outermost object or array still open/u);
  });

  it('keeps the reader\'s own reason for a file whole at its end, however damaged inside', () => {
    // A headline only, the document closed: the reason is the reader's.
    const noText = G2.replace(/<contentSet>[\s\S]*<\/contentSet>/u, '');
    expect(refusal('headline-only.xml', noText)).toMatch(/^no story text in this NewsML-G2 file/u);
    // A quote lost in the middle of the JSON, its end whole: malformed, not cut short.
    const damaged = NINJS.replace('"Ferry back in service"', '"Ferry back in service');
    expect(refusal('damaged.json', damaged)).not.toMatch(/cut short/u);
    expect(cutShortReason(damaged, damaged.length)).toBeNull();
    // Plain text cannot be told cut short; an empty root element is whole.
    expect(cutShortReason('Harbour cranes idle\n\nDock workers stopped the cranes on', 50)).toBeNull();
    expect(cutShortReason('<?xml version="1.0"?>\n<feed/>\n', 30)).toBeNull();
    expect(cutShortReason('<feed><entry/></feed>\n<!-- sent by the gateway -->\n', 50)).toBeNull();
  });

  it('holds the story back from export until the editor dismisses the flag, through the service', async () => {
    const service = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => new Date('2026-03-02T09:00:00Z') });
    try {
      const report = await service.importBytes([{ name: 'cut.xml', bytes: Buffer.from(G2.slice(0, G2.indexOf('</itemSet>'))) }]);
      const id = report.articles[0]?.id ?? '';
      const shown = await service.getArticle({ id });
      const flag = shown.flags.find((f) => f.kind === 'cut-short');
      expect(flag).toBeDefined();
      const blocked = await service.exportTo({ ids: [id], preset: 'ninjs CMS' }, null);
      expect(blocked.files).toEqual([]);
      expect(blocked.blocked[0]?.reasons.join(' ')).toMatch(/cut-short|cut short/u);
      // Dismissed (the editor checked the story against a whole copy), the flag no longer comes back.
      const dismissed = await service.dismissFlag({ id, revision: shown.revision, flagId: flag?.id ?? '' });
      expect(dismissed.flags.some((f) => f.kind === 'cut-short')).toBe(false);
      expect((await service.getArticle({ id })).flags.some((f) => f.kind === 'cut-short')).toBe(false);
    } finally {
      await service.close();
    }
  });
});

describe('what is not judged cut short', () => {
  it('leaves HTML alone: a sanitised fragment of a page need not close its elements', () => {
    expect(cutShortReason('<h1>Harbour reopens</h1>\n<p>The harbour reopened on Monday, officials said.', 80)).toBeNull();
    expect(cutShortReason('<div class="story"><p>The harbour reopened on Monday', 60)).toBeNull();
    // Declared XML is judged whatever its root.
    expect(cutShortReason('<?xml version="1.0"?>\n<p>The harbour reopened on Monday', 60)).toMatch(/inside <p>, which never closes/u);
  });
});
