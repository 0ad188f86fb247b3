import { describe, expect, it } from 'vitest';
import { importOne, refusal } from './import-fixture.js';

/** Deterministic "random" bytes (a linear congruential generator), so a failure can be replayed. */
function noise(length: number, seed: number): Buffer {
  let x = seed;
  return Buffer.from(Array.from({ length }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), (x >> 16) & 0xff)));
}

describe('junk is refused with a reason, not stored as a story', () => {
  it('XML with a large internal DTD ahead of its root', () => {
    const entities = Array.from({ length: 800 }, (_, i) => `<!ENTITY e${i} "${'&e'.repeat(1)}${i === 0 ? 'x' : i - 1};">`).join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE nitf [\n${entities}\n]>\n<nitf><body><body.head><hedline><hl1>&e799;</hl1></hedline></body.head></body></nitf>`;
    expect(refusal('dtd.xml', Buffer.from(xml))).toMatch(/^an XML document with a \d+ KB internal DTD .*entity-expansion/);
  });

  it('a valid JSON array of a million [', () => {
    const json = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(refusal('brackets.json', Buffer.from(json))).toBe('a JSON document nested 1,000,000 levels deep (more than 512): refused rather than read, not a news item');
  });

  it('a CSV or TSV export (a calendar, a manifest) is refused, copy with a table in it is not', () => {
    // Written for this test: a calendar export with a quoted field across two lines, and a manifest.
    const calendar = '\uFEFF"Subject","Start Date","All day event","Location"\r\n"Retail Trade, July","3/9/2018","true","Calendar"\r\n"Balance of Payments,\r\n June","4/9/2018","true","Calendar"\r\n"Labour Force","5/9/2018","true","Calendar"\r\n';
    expect(refusal('calendar.txt', Buffer.from(calendar))).toBe('a table of comma-separated values (3 rows of 4 columns under a header: a spreadsheet, calendar or manifest export): not a news item');
    expect(refusal('manifest.tsv', Buffer.from('path\tbytes\tsource\na.txt\t120\tAAP\nb.txt\t300\tAAP\n'))).toMatch(/^a table of tab-separated values \(2 rows of 3 columns/);
    const results = 'Rugby results\n\nSYDNEY, May 4 (AAP) - Results of matches played on Saturday, listed as home, away, score:\nWaratahs, Reds, 24-17\nBrumbies, Rebels, 31-12\n\nThe Waratahs stay top of the table after the win.\n';
    expect(importOne('results.txt', Buffer.from(results)).headline).toBe('Rugby results');
  });

  it('JSON that is no news item, and a bracket run that is not even JSON', () => {
    expect(refusal('config.json', Buffer.from('{"theme": "dark", "fontSize": 14}'))).toMatch(/JSON document of a kind Copydesk does not read \(no ninjs uri/);
    expect(refusal('brackets.txt', Buffer.from('[[[[[[[[[[[[[[[[{{{{'))).toMatch(/^no words in it/);
  });

  it('short random bytes, a hundred samples of 8 to 200 bytes', () => {
    const accepted: string[] = [];
    for (let i = 0; i < 100; i++) {
      const bytes = noise(8 + ((i * 37) % 193), i + 1);
      const outcome = (() => {
        try {
          return refusal(`noise-${i}.bin`, bytes);
        } catch (err) {
          return `ACCEPTED ${(err as Error).message}`;
        }
      })();
      if (outcome.startsWith('ACCEPTED')) accepted.push(`noise-${i}: ${outcome}`);
    }
    expect(accepted).toEqual([]);
  });

  it('real copy still imports: Windows-1252 French, a results table, a one-line bulletin, a small DTD left unexpanded', () => {
    const french = Buffer.from('Grève à la SNCF\n\nPARIS, 3 mars (AFP) - Les cheminots français ont cessé le travail mercredi, a indiqué le syndicat.\n', 'latin1');
    expect(importOne('greve.txt', french).headline).toBe('Grève à la SNCF');
    const results = Buffer.from('Harness results\n\nMENANGLE, March 3 - Race 1: 1. Blue Gem 2.05.3; 2. Red Flash 2.05.9; 3. Tiny Tim 2.06.1.\n');
    expect(importOne('results.txt', results).headline).toBe('Harness results');
    expect(importOne('flash.txt', Buffer.from('FLASH: Quake hits coast\n')).headline).toMatch(/Quake hits coast/);
    expect(importOne('billion-laughs.xml').headline).toBe('Laughs &lol9;');
  });
});
