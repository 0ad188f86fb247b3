/**
 * Plain-text copy with no headline line whose dateline names only the sender (blind set "plainblind": CNN stories
 * filed from no one place open `(CNN) --`, since 2015 `(CNN) ` with no dash; web copy of Reuters' markets reports
 * keeps `(Reuters) -`), and a lede whose first sentence holds a title's or a place's abbreviation (`the St. Louis
 * suburb`), which is the headline such copy gets. Copy invented.
 */
import { describe, expect, it } from 'vitest';
import { importOne, texts } from './formats/import-fixture.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const REST = '\n\nThe pilots said the new channel markers would be lit by the end of the month.\n\nThe harbour board meets on Tuesday.\n';

describe('a dateline that is only the sender in brackets', () => {
  it('is read as the agency, with a dash or without, and leaves the lede whole', () => {
    for (const [name, lead] of [
      ['dash.txt', '(CNN) -- Harbour pilots in Corvale have refused night shifts since the storm.'],
      ['nodash.txt', '(CNN) Harbour pilots in Corvale have refused night shifts since the storm.'],
    ] as const) {
      const a = importOne(name, bytes(lead + REST));
      expect(a.dateline).toMatchObject({ place: '', date: null, agency: 'CNN' });
      expect(texts(a)[0]).toBe('Harbour pilots in Corvale have refused night shifts since the storm.');
      expect(a.headline).toBe('Harbour pilots in Corvale have refused night shifts since the storm.');
    }
    const r = importOne('markets.txt', bytes('(Reuters) - Copper futures rose on Monday as Lask Mining halted its smelter.' + REST));
    expect(r.dateline).toMatchObject({ place: '', agency: 'Reuters' });
    expect(r.source.code).toBe('Reuters');
    expect(texts(r)[0]).toBe('Copper futures rose on Monday as Lask Mining halted its smelter.');
  });

  it('needs a known agency and a sentence after it: a desk note or a caption tag in brackets stays in the copy', () => {
    for (const lead of ['(Pictured) The mayor of Corvale opens the bridge.', '(Harbour board) The pilots met on Monday.', '(OPTA) - Results from the Corvale regatta.']) {
      const a = importOne('note.txt', bytes(lead + REST));
      expect(a.dateline.agency).toBeNull();
      expect(texts(a)[0]).toBe(lead);
    }
    const lower = importOne('lower.txt', bytes('(CNN) reporters in Corvale were told to leave.' + REST));
    expect(lower.dateline.agency).toBeNull();
  });
});

describe('the first sentence as the headline', () => {
  it('runs past a title\'s or a place\'s abbreviation to the sentence\'s end', () => {
    const a = importOne('st.txt', bytes('Ferndale, Missouri (CNN) -- As the St. Clair county town of Ferndale reopened its bridge on Friday, traffic returned. Mr. Tosk said more.' + REST));
    expect(a.headline).toBe('As the St. Clair county town of Ferndale reopened its bridge on Friday, traffic returned.');
    const b = importOne('mr.txt', bytes('Mr. Oren Lask, the harbour master, resigned on Monday. He gave no reason.' + REST));
    expect(b.headline).toBe('Mr. Oren Lask, the harbour master, resigned on Monday.');
    // A dotted abbreviation runs on before a name, and ends the sentence before a word that opens one.
    const d = importOne('us.txt', bytes('Pilots in Corvale and the U.S. Coast Guard agreed on night rules on Monday. The board met.' + REST));
    expect(d.headline).toBe('Pilots in Corvale and the U.S. Coast Guard agreed on night rules on Monday.');
    const e = importOne('us-end.txt', bytes('The Corvale ferry was built in the U.S. The yard closed in 1990.' + REST));
    expect(e.headline).toBe('The Corvale ferry was built in the U.S.');
    // A sentence that ends on an ordinary word still ends there.
    const c = importOne('plain.txt', bytes('Pilots in Corvale went back to work. The board thanked them.' + REST));
    expect(c.headline).toBe('Pilots in Corvale went back to work.');
  });
});

describe('a release date over a standfirst over the dated paragraph', () => {
  const LEDE = 'It is 2:00 am and the first ferry is leaving the quay, its deck lit by the lamps of the fish market as the pilots who sat out the winter take it past the breakwater.';

  it('dates the dateline below the standfirst and keeps the standfirst as the first paragraph', () => {
    const copy = 'Night ferries return to Corvale harbour\r\nMay 13 2021\r\n\r\n\r\nThe pilots who refused night shifts since the storm are back, but only on two routes\r\n\r\n'
      + `Corvale (AFP) - ${LEDE}\r\n`;
    const a = importOne('standfirst.txt', bytes(copy));
    expect(a.headline).toBe('Night ferries return to Corvale harbour');
    expect(a.dateline).toMatchObject({ place: 'Corvale', date: '2021-05-13', agency: 'AFP' });
    expect(texts(a)).toEqual(['The pilots who refused night shifts since the storm are back, but only on two routes', LEDE]);
  });

  it('leaves the date alone the dateline, and the standfirst in place, when no dateline stands below it', () => {
    const b = importOne('date-only.txt', bytes(`Night ferries return to Corvale harbour\n13 May 2021\n\nThe pilots are back on two routes\n\n${LEDE}\n`));
    expect(b.dateline).toMatchObject({ place: '', date: '2021-05-13' });
    expect(texts(b)).toEqual(['The pilots are back on two routes', LEDE]);
  });
});
