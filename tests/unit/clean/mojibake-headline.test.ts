/**
 * A whole file garbled by a wrong encoding (its UTF-8 read as Windows-1252 on the way): the format's own headline is
 * repaired as its body is, as a recorded change the editor can undo; and an à or a no-break space whose no-break
 * space a reader had folded into a plain space is repaired too — only in copy garbled elsewhere.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { mojibake, withMojibakeRepaired } from '../../../electron/clean/rules/mojibake.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';
import { runRule } from './run-rule.js';

const tempDir = useTempDirs();

/** What a gateway that read UTF-8 as Windows-1252 sends on (as UTF-8 again). */
function garble(text: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252');
}

const HEADLINE = 'Grève à la régie: les bus restent au dépôt';
const PARAGRAPHS = ['Les chauffeurs de la régie municipale ont voté la grève à une large majorité, a annoncé le syndicat jeudi.', 'Le trafic sera très perturbé jusqu’à lundi, selon la direction.'];

function g2(headline: string, paragraphs: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.test:20260305:greve" version="1">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-03-05T09:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>${headline}</headline><language tag="fr"/></contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf></inlineXML></contentSet>
</newsItem>
`;
}

describe('mojibake in a format\'s own headline', () => {
  it('repairs the headline as the body, and records the change as mojibake@headline', async () => {
    const service = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => new Date('2026-03-05T10:00:00Z') });
    try {
      const garbled = g2(garble(HEADLINE), PARAGRAPHS.map(garble));
      expect(garbled).toContain('GrÃ¨ve Ã');
      const report = await service.importBytes([{ name: 'greve.xml', bytes: Buffer.from(garbled) }]);
      const a = await service.getArticle({ id: report.articles[0]?.id ?? '' });
      expect(a.headline).toBe(HEADLINE);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
      const change = a.changes.find((c) => c.id === 'mojibake@headline');
      // From its first garbled letter to its last (its no-break space folded as the format's headline is read).
      const folded = garble(HEADLINE).replace(/\s+/gu, ' ');
      expect(change?.before).toBe(folded.slice(folded.indexOf('Ã¨'), folded.lastIndexOf('Ã´') + 2));
      expect(change?.after).toBe(HEADLINE.slice(HEADLINE.indexOf('è'), HEADLINE.lastIndexOf('ô') + 1));
      // Undone, the headline is as the wire sent it; the body keeps its own repairs.
      const undone = await service.undoChange({ id: a.id, revision: a.revision, changeId: 'mojibake@headline' });
      expect(undone.headline).toBe(folded);
      expect(undone.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    } finally {
      await service.close();
    }
  });

  it('leaves a headline alone that is not garbled', () => {
    expect(withMojibakeRepaired(HEADLINE)).toBe(HEADLINE);
    expect(withMojibakeRepaired('Ã  la une: Ãgua de Coco')).toBe('Ã  la une: Ãgua de Coco');
  });
});

describe('a garbled no-break space read as a space', () => {
  // à is C3 A0: garbled, Ã and U+00A0; a reader folding white space leaves "Ã " (and a garbled no-break space "Â ").
  it('repairs Ã and Â before a space in copy garbled elsewhere', () => {
    const run = runRule(mojibake, ['Il est arrivÃ© Ã la gare.', 'Prix:Â 12 euros Ã payer dÃ©jÃ ']);
    expect(run.blocks).toEqual(['Il est arrivé à la gare.', 'Prix: 12 euros à payer déjà']);
  });

  it('leaves them alone in copy that is not garbled anywhere', () => {
    const run = runRule(mojibake, ['Ã bientôt, dit-il.', 'Â la carte.']);
    expect(run.blocks).toEqual(['Ã bientôt, dit-il.', 'Â la carte.']);
    expect(run.changes).toEqual([]);
  });
});
