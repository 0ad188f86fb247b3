import { describe, it, expect } from 'vitest';
import { matchDatelineLead, matchDatelineLine, resolveDatelineDate, type DatelineLead } from '../../../electron/enrich/dateline.js';
import { monthNumber } from '../../../electron/enrich/dateline-months.js';
import { isValidDate, parseIsoDate, renderDatelineText, toIsoDate } from '../../../electron/domain/dateline-style.js';

function lead(paragraph: string): DatelineLead {
  const found = matchDatelineLead(paragraph);
  if (!found) throw new Error(`expected a dateline in ${JSON.stringify(paragraph)}`);
  return found;
}

describe('matchDatelineLead: agency styles', () => {
  const cases: ReadonlyArray<{
    readonly text: string;
    readonly raw: string;
    readonly place: string;
    readonly region?: string;
    readonly month?: number;
    readonly day?: number;
    readonly year?: number;
    readonly agency?: string;
  }> = [
    { text: 'WASHINGTON (AP) _ The Senate voted on Tuesday.', raw: 'WASHINGTON (AP) _ ', place: 'Washington', agency: 'AP' },
    { text: 'PARIS, July 23 (AFP) - Farmers blocked roads.', raw: 'PARIS, July 23 (AFP) - ', place: 'Paris', month: 7, day: 23, agency: 'AFP' },
    { text: 'LONDON (Reuters) - Sterling fell.', raw: 'LONDON (Reuters) - ', place: 'London', agency: 'Reuters' },
    { text: 'GAZA, Dec. 1 (Xinhua) -- Aid trucks crossed.', raw: 'GAZA, Dec. 1 (Xinhua) -- ', place: 'Gaza', month: 12, day: 1, agency: 'Xinhua' },
    { text: 'Berlin (dpa) - Die Regierung hat entschieden.', raw: 'Berlin (dpa) - ', place: 'Berlin', agency: 'dpa' },
    { text: 'Tehran, July 23, - Secretary of the council spoke.', raw: 'Tehran, July 23, - ', place: 'Tehran', month: 7, day: 23 },
    {
      text: 'NEW YORK, July 23, 2024 (Reuters) — Stocks closed higher.',
      raw: 'NEW YORK, July 23, 2024 (Reuters) — ',
      place: 'New York', month: 7, day: 23, year: 2024, agency: 'Reuters',
    },
    { text: 'SYDNEY, 23 July (AAP) - Rain closed beaches.', raw: 'SYDNEY, 23 July (AAP) - ', place: 'Sydney', month: 7, day: 23, agency: 'AAP' },
    {
      text: 'SAN FRANCISCO, Calif. (AP) — A tech company said.',
      raw: 'SAN FRANCISCO, Calif. (AP) — ', place: 'San Francisco', region: 'Calif.', agency: 'AP',
    },
    { text: 'KYIV, Ukraine (AP) — Air raid sirens sounded.', raw: 'KYIV, Ukraine (AP) — ', place: 'Kyiv', region: 'Ukraine', agency: 'AP' },
    { text: 'ST. LOUIS (AP) — A jury found.', raw: 'ST. LOUIS (AP) — ', place: 'St. Louis', agency: 'AP' },
    { text: 'WASHINGTON, Sept. 5 (AP) — Lawmakers returned.', raw: 'WASHINGTON, Sept. 5 (AP) — ', place: 'Washington', month: 9, day: 5, agency: 'AP' },
    {
      text: 'Jerusalem, 5 June 2025 (WAFA) - Officials said.',
      raw: 'Jerusalem, 5 June 2025 (WAFA) - ', place: 'Jerusalem', month: 6, day: 5, year: 2025, agency: 'WAFA',
    },
    { text: 'BEIJING, July 23 (Xinhua)-- Exports rose.', raw: 'BEIJING, July 23 (Xinhua)-- ', place: 'Beijing', month: 7, day: 23, agency: 'Xinhua' },
    { text: 'Rio de Janeiro, July 4 (AFP) - Carnival.', raw: 'Rio de Janeiro, July 4 (AFP) - ', place: 'Rio de Janeiro', month: 7, day: 4, agency: 'AFP' },
    { text: 'WASHINGTON -- The Senate adjourned.', raw: 'WASHINGTON -- ', place: 'Washington' },
    { text: 'WASHINGTON (AP) — “We will not wait,” she said.', raw: 'WASHINGTON (AP) — ', place: 'Washington', agency: 'AP' },
    { text: 'CAIRO, March 3rd (MENA) - Talks began.', raw: 'CAIRO, March 3rd (MENA) - ', place: 'Cairo', month: 3, day: 3, agency: 'MENA' },
  ];

  for (const c of cases) {
    it(`reads ${JSON.stringify(c.raw.trim())}`, () => {
      expect(lead(c.text)).toEqual({
        raw: c.raw,
        place: c.place,
        region: c.region ?? null,
        month: c.month ?? null,
        day: c.day ?? null,
        year: c.year ?? null,
        agency: c.agency ?? null,
      });
      // The lead is exactly the start of the paragraph, so the cleaning rule can cut it off by length.
      expect(c.text.startsWith(lead(c.text).raw)).toBe(true);
    });
  }

  it('keeps an impossible day as a dateline without a date', () => {
    expect(lead('LONDON, July 32 (Reuters) - Text.')).toMatchObject({ place: 'London', month: null, day: null, agency: 'Reuters' });
  });
});

describe('matchDatelineLead: other languages (day before month, local month names)', () => {
  const cases: ReadonlyArray<{ readonly text: string; readonly raw: string; readonly place: string; readonly month: number; readonly day: number; readonly year?: number; readonly agency?: string }> = [
    // French
    { text: 'COPENHAGUE, 2 mars (AFP) - Le port a rouvert.', raw: 'COPENHAGUE, 2 mars (AFP) - ', place: 'Copenhague', month: 3, day: 2, agency: 'AFP' },
    { text: 'Paris, 23 juillet 2026 - La mairie a voté.', raw: 'Paris, 23 juillet 2026 - ', place: 'Paris', month: 7, day: 23, year: 2026 },
    { text: 'LYON, 1er févr. (AFP) - Les bus roulent.', raw: 'LYON, 1er févr. (AFP) - ', place: 'Lyon', month: 2, day: 1, agency: 'AFP' },
    { text: 'NANTES, 14 août (AFP) - La digue a cédé.', raw: 'NANTES, 14 août (AFP) - ', place: 'Nantes', month: 8, day: 14, agency: 'AFP' },
    // Spanish
    { text: 'Nueva Delhi, 21 ene (EFE).- Un tigre escapó.', raw: 'Nueva Delhi, 21 ene (EFE).- ', place: 'Nueva Delhi', month: 1, day: 21, agency: 'EFE' },
    { text: 'MADRID, 3 de marzo (EFE) - El metro cerró.', raw: 'MADRID, 3 de marzo (EFE) - ', place: 'Madrid', month: 3, day: 3, agency: 'EFE' },
    { text: 'Sevilla, 9 de diciembre de 2025 (EFE) - Llovió.', raw: 'Sevilla, 9 de diciembre de 2025 (EFE) - ', place: 'Sevilla', month: 12, day: 9, year: 2025, agency: 'EFE' },
    // German
    { text: 'Berlin, 3. März (dpa) - Der Senat tagte.', raw: 'Berlin, 3. März (dpa) - ', place: 'Berlin', month: 3, day: 3, agency: 'dpa' },
    { text: 'WIEN, 2. Jänner (APA) - Der Schnee kam.', raw: 'WIEN, 2. Jänner (APA) - ', place: 'Wien', month: 1, day: 2, agency: 'APA' },
    { text: 'Hamburg, 30. Okt. 2025 (dpa) - Der Hafen.', raw: 'Hamburg, 30. Okt. 2025 (dpa) - ', place: 'Hamburg', month: 10, day: 30, year: 2025, agency: 'dpa' },
    // Italian, written as ANSA does in capitals as well
    { text: 'ROMA, 5 marzo (ANSA) - Il Senato ha votato.', raw: 'ROMA, 5 marzo (ANSA) - ', place: 'Roma', month: 3, day: 5, agency: 'ANSA' },
    { text: 'MILANO, 12 GIU (ANSA) - La Borsa sale.', raw: 'MILANO, 12 GIU (ANSA) - ', place: 'Milano', month: 6, day: 12, agency: 'ANSA' },
    // Portuguese
    { text: 'LISBOA, 3 de março (Lusa) - O Governo aprovou.', raw: 'LISBOA, 3 de março (Lusa) - ', place: 'Lisboa', month: 3, day: 3, agency: 'Lusa' },
    { text: 'Porto, 17 out (Lusa) - A ponte reabriu.', raw: 'Porto, 17 out (Lusa) - ', place: 'Porto', month: 10, day: 17, agency: 'Lusa' },
    // Dutch
    { text: 'BRUSSEL, 3 maart (BELGA) - De regering besliste.', raw: 'BRUSSEL, 3 maart (BELGA) - ', place: 'Brussel', month: 3, day: 3, agency: 'BELGA' },
    { text: 'Den Haag, 8 mei (ANP) - Het kabinet.', raw: 'Den Haag, 8 mei (ANP) - ', place: 'Den Haag', month: 5, day: 8, agency: 'ANP' },
    // Norwegian, Danish, Swedish, Finnish
    { text: 'OSLO, 3. mars (NTB): Regjeringen la fram.', raw: 'OSLO, 3. mars (NTB): ', place: 'Oslo', month: 3, day: 3, agency: 'NTB' },
    { text: 'BERGEN, 24. desember (NTB): Julaften.', raw: 'BERGEN, 24. desember (NTB): ', place: 'Bergen', month: 12, day: 24, agency: 'NTB' },
    { text: 'AARHUS, 5. maj (Ritzau) - Havnen.', raw: 'AARHUS, 5. maj (Ritzau) - ', place: 'Aarhus', month: 5, day: 5, agency: 'Ritzau' },
    { text: 'STOCKHOLM, 3 mars (TT) - Riksdagen röstade.', raw: 'STOCKHOLM, 3 mars (TT) - ', place: 'Stockholm', month: 3, day: 3, agency: 'TT' },
    { text: 'GÖTEBORG, 1 augusti (TT) - Hamnen.', raw: 'GÖTEBORG, 1 augusti (TT) - ', place: 'Göteborg', month: 8, day: 1, agency: 'TT' },
    { text: 'HELSINKI, 3. maaliskuuta (STT) - Eduskunta äänesti.', raw: 'HELSINKI, 3. maaliskuuta (STT) - ', place: 'Helsinki', month: 3, day: 3, agency: 'STT' },
    { text: 'TAMPERE, 6. joulukuuta 2025 (STT) - Juhla.', raw: 'TAMPERE, 6. joulukuuta 2025 (STT) - ', place: 'Tampere', month: 12, day: 6, year: 2025, agency: 'STT' },
  ];

  for (const c of cases) {
    it(`reads ${JSON.stringify(c.raw.trim())}`, () => {
      expect(lead(c.text)).toEqual({
        raw: c.raw, place: c.place, region: null, month: c.month, day: c.day, year: c.year ?? null, agency: c.agency ?? null,
      });
    });
  }

  it('knows every month of every language listed, unaccented as well', () => {
    const languages: Readonly<Record<string, readonly string[]>> = {
      fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
      it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
      pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
      nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
      no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
      da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
      sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
      fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    };
    for (const [language, names] of Object.entries(languages)) {
      expect(names.map((n) => monthNumber(n)), language).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
    expect(['fevrier', 'aout', 'decembre', 'marz', 'marco', 'kesakuuta'].map((n) => monthNumber(n))).toEqual([2, 8, 12, 3, 3, 6]);
    expect(['Sept.', 'JUL', 'févr.', 'Okt.'].map((n) => monthNumber(n))).toEqual([9, 7, 2, 10]);
    expect(monthNumber('Monday')).toBeUndefined();
  });

  it('does not read a month inside a longer word', () => {
    expect(matchDatelineLead('PARIS, 3 marsupiaux (AFP) - Texte.')).toBeNull();
  });

  it('infers the year of a dateline in any language the same way', () => {
    const at = new Date(2026, 10, 28, 12, 0, 0);
    expect(resolveDatelineDate(lead('Berlin, 3. März (dpa) - Text.'), at)).toEqual({ date: '2026-03-03', yearInferred: true });
    expect(resolveDatelineDate(lead('MADRID, 24 de diciembre (EFE) - Texto.'), at)).toEqual({ date: '2025-12-24', yearInferred: true });
    expect(resolveDatelineDate(lead('Paris, 23 juillet 2024 - Texte.'), at)).toEqual({ date: '2024-07-23', yearInferred: false });
  });
});

describe('matchDatelineLead: distributors, agency first, text run on', () => {
  it('reads a press-release distributor between slashes, with a region and a year', () => {
    expect(lead('DENVER, Colorado, March 4, 2026 /PRNewswire/ -- Acme Robotics today unveiled a new arm.')).toEqual({
      raw: 'DENVER, Colorado, March 4, 2026 /PRNewswire/ -- ', place: 'Denver', region: 'Colorado', month: 3, day: 4, year: 2026, agency: 'PRNewswire',
    });
    expect(lead('OSAKA, Japan, Jan. 9, 2026 /PRNewswire-AsiaNet/ -- Text.').agency).toBe('PRNewswire-AsiaNet');
    expect(lead('TORONTO, Feb. 12, 2026 /GlobeNewswire/ -- Text.').agency).toBe('GlobeNewswire');
  });

  it('reads a dateline standing alone on its line when it has a date and an agency or distributor', () => {
    expect(lead('DENVER, Colorado, March 4, 2026 /PRNewswire/ --')).toMatchObject({ raw: 'DENVER, Colorado, March 4, 2026 /PRNewswire/ --', place: 'Denver', agency: 'PRNewswire' });
    expect(lead('MADRID, 3 de marzo (EFE) -')).toMatchObject({ place: 'Madrid', month: 3, day: 3, agency: 'EFE' });
    // A place and agency alone, or a place and date alone, are not enough on a line of their own.
    expect(matchDatelineLead('DENVER /PRNewswire/ --')).toBeNull();
    expect(matchDatelineLead('DENVER, March 4 -')).toBeNull();
  });

  it('reads the agency between slashes with a colon, as Ritzau writes it', () => {
    expect(lead('Aalborg /ritzau/: To skibe kolliderede.')).toMatchObject({ raw: 'Aalborg /ritzau/: ', place: 'Aalborg', agency: 'ritzau' });
  });

  it('reads the agency before the place, as ANSA writes it', () => {
    expect(lead('(ANSA) - NAPOLI, OTT 2 - The port reopened.')).toEqual({
      raw: '(ANSA) - NAPOLI, OTT 2 - ', place: 'Napoli', region: null, month: 10, day: 2, year: null, agency: 'ANSA',
    });
  });

  it('reads text run on after known agencies in brackets, without a dash', () => {
    expect(lead('Genève (ats afp) Le lac a gelé.')).toMatchObject({ raw: 'Genève (ats afp) ', place: 'Genève', agency: 'ats afp' });
    // Unknown names in brackets (a ticker) with no dash are not a dateline; nor is a lower-case run-on.
    expect(matchDatelineLead('Acme (ACMQ) Shares rose on Monday.')).toBeNull();
    expect(matchDatelineLead('Genève (ats afp) le lac a gelé.')).toBeNull();
  });
});

describe('matchDatelineLead: not a dateline', () => {
  const negatives = [
    'Iran said - the talks would continue.',
    'He said: the vote would be held on Friday.',
    'The minister said on Monday that talks would resume.',
    'WARNING: the following story contains graphic detail.',
    'Paris - le gouvernement a annoncé une réforme.',
    'Police arrested two men (both aged 30) - officials said.',
    '',
    '   ',
    '— a dash first',
    'UPDATE 2-Oil prices climb',
  ];
  for (const text of negatives) {
    it(`ignores ${JSON.stringify(text)}`, () => {
      expect(matchDatelineLead(text)).toBeNull();
    });
  }

  it('requires text to follow the separator', () => {
    expect(matchDatelineLead('WASHINGTON (AP) _')).toBeNull();
    expect(matchDatelineLead('WASHINGTON (AP) — ')).toBeNull();
  });

  it('stays fast on a long run of capitalised words and parentheses', () => {
    const hostile = `${'WORD '.repeat(50_000)}(${'A'.repeat(10_000)}`;
    const t = performance.now();
    expect(matchDatelineLead(hostile)).toBeNull();
    expect(performance.now() - t).toBeLessThan(500);
  });

  // An all-caps acronym or wire label followed by a dash opens a sentence; it is not a dateline place.
  it('does not take an acronym subject ("NATO - …") for a place', () => {
    expect(matchDatelineLead('NATO - the alliance of 32 nations - agreed on Monday to set up a fund.')).toBeNull();
    expect(matchDatelineLead('UNESCO - The agency listed the site.')).toBeNull();
  });
  it('does not take "US — …" for a place, even with an agency', () => {
    expect(matchDatelineLead('US — officials declined to comment.')).toBeNull();
    expect(matchDatelineLead('US (AP) — officials declined to comment.')).toBeNull();
  });
  it('does not take AP\'s caption marker ("FILE - …") for a place', () => {
    expect(matchDatelineLead('FILE - In this photo taken in 2019, a ferry leaves the harbour.')).toBeNull();
  });
  it('does not take a wire label ("EXCLUSIVE - …", "BREAKING - …") for a place', () => {
    expect(matchDatelineLead('EXCLUSIVE - Bank weighs sale of insurance unit')).toBeNull();
    expect(matchDatelineLead('BREAKING - Quake shakes capital')).toBeNull();
    expect(matchDatelineLead('URGENT -- Parliament dissolved')).toBeNull();
  });
  it('needs four letters or more in a bare all-caps place (no date, no agency)', () => {
    expect(matchDatelineLead('UAE - Officials met.')).toBeNull();
    expect(matchDatelineLead('ROME - The pope spoke.')).toMatchObject({ raw: 'ROME - ', place: 'Rome', agency: null });
    expect(matchDatelineLead('UAE (WAM) - Officials met.')).toMatchObject({ raw: 'UAE (WAM) - ', place: 'Uae', agency: 'WAM' });
  });

  it('title-cases "RIO DE JANEIRO" as "Rio de Janeiro"', () => {
    expect(lead('RIO DE JANEIRO (Reuters) - Text.').place).toBe('Rio de Janeiro');
  });
});

describe('resolveDatelineDate', () => {
  // Noon on that day on the editor's (the test process's) own calendar, so the cases hold in any time zone.
  const at = (iso: string): Date => {
    const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
    return new Date(y, m - 1, d, 12, 0, 0);
  };

  it('infers the current year when the day has already passed this year', () => {
    expect(resolveDatelineDate({ month: 7, day: 23, year: null }, at('2026-11-28'))).toEqual({ date: '2026-07-23', yearInferred: true });
  });

  it('infers last year when the day is still ahead this year', () => {
    expect(resolveDatelineDate({ month: 12, day: 1, year: null }, at('2026-03-01'))).toEqual({ date: '2025-12-01', yearInferred: true });
  });

  it('takes the import day itself, and last year for the day after it', () => {
    expect(resolveDatelineDate({ month: 11, day: 28, year: null }, at('2026-11-28'))).toEqual({ date: '2026-11-28', yearInferred: true });
    expect(resolveDatelineDate({ month: 11, day: 29, year: null }, at('2026-11-28'))).toEqual({ date: '2025-11-29', yearInferred: true });
  });

  it('gives Feb. 29 the latest leap year not after the import date', () => {
    expect(resolveDatelineDate({ month: 2, day: 29, year: null }, at('2026-11-28'))).toEqual({ date: '2024-02-29', yearInferred: true });
    expect(resolveDatelineDate({ month: 2, day: 29, year: null }, at('2028-02-28'))).toEqual({ date: '2024-02-29', yearInferred: true });
    expect(resolveDatelineDate({ month: 2, day: 29, year: null }, at('2028-02-29'))).toEqual({ date: '2028-02-29', yearInferred: true });
    expect(resolveDatelineDate({ month: 2, day: 29, year: null }, at('2028-03-01'))).toEqual({ date: '2028-02-29', yearInferred: true });
  });

  it('keeps an explicit year as given, not inferred', () => {
    expect(resolveDatelineDate({ month: 7, day: 23, year: 2024 }, at('2026-11-28'))).toEqual({ date: '2024-07-23', yearInferred: false });
    // An explicit future year is the copy's own claim and is kept.
    expect(resolveDatelineDate({ month: 7, day: 23, year: 2030 }, at('2026-11-28'))).toEqual({ date: '2030-07-23', yearInferred: false });
  });

  it('gives no date for an invalid day', () => {
    expect(resolveDatelineDate({ month: 11, day: 31, year: null }, at('2026-11-28'))).toEqual({ date: null, yearInferred: false });
    expect(resolveDatelineDate({ month: 2, day: 30, year: 2024 }, at('2026-11-28'))).toEqual({ date: null, yearInferred: false });
    expect(resolveDatelineDate({ month: 2, day: 29, year: 2025 }, at('2026-11-28'))).toEqual({ date: null, yearInferred: false });
    expect(resolveDatelineDate({ month: 13, day: 1, year: null }, at('2026-11-28'))).toEqual({ date: null, yearInferred: false });
  });

  it('gives no date when the lead had none', () => {
    expect(resolveDatelineDate({ month: null, day: null, year: null }, at('2026-11-28'))).toEqual({ date: null, yearInferred: false });
  });

  it('resolves a parsed lead end to end', () => {
    expect(resolveDatelineDate(lead('GAZA, Dec. 1 (Xinhua) -- Text.'), at('2026-03-01'))).toEqual({ date: '2025-12-01', yearInferred: true });
  });

  // The comparison is made on the editor's local calendar day, not UTC's: a Sydney story dated "24 July", imported
  // at 08:00 on July 24 Sydney time (22:00 UTC on July 23), is dated this year. Built from local time, so it holds
  // in whatever time zone the tests run.
  it('takes the editor’s local calendar day as "today", at any hour of it', () => {
    expect(resolveDatelineDate({ month: 7, day: 24, year: null }, new Date(2026, 6, 24, 0, 0, 0)).date).toBe('2026-07-24');
    expect(resolveDatelineDate({ month: 7, day: 24, year: null }, new Date(2026, 6, 24, 8, 0, 0)).date).toBe('2026-07-24');
    expect(resolveDatelineDate({ month: 7, day: 24, year: null }, new Date(2026, 6, 24, 23, 59, 59)).date).toBe('2026-07-24');
  });

  it('gives no slack: one second before the local day starts, that day is still a year back', () => {
    expect(resolveDatelineDate({ month: 7, day: 24, year: null }, new Date(2026, 6, 23, 23, 59, 59))).toEqual({ date: '2025-07-24', yearInferred: true });
  });
});

describe('renderDatelineText (house style)', () => {
  const in2026 = new Date('2026-11-28T12:00:00Z');

  it('renders TEHRAN, July 23 (IRNA) —', () => {
    expect(renderDatelineText({ place: 'Tehran', date: '2026-07-23', agency: 'IRNA' }, in2026)).toBe('TEHRAN, July 23 (IRNA) —');
  });

  it('abbreviates Aug., Sept., Oct., Nov., Dec., Jan. and Feb. and spells out March to July', () => {
    const month = (m: number): string => renderDatelineText({ place: 'Paris', date: toIsoDate(2026, m, 5), agency: null }, in2026);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(month)).toEqual([
      'PARIS, Jan. 5 —', 'PARIS, Feb. 5 —', 'PARIS, March 5 —', 'PARIS, April 5 —', 'PARIS, May 5 —', 'PARIS, June 5 —',
      'PARIS, July 5 —', 'PARIS, Aug. 5 —', 'PARIS, Sept. 5 —', 'PARIS, Oct. 5 —', 'PARIS, Nov. 5 —', 'PARIS, Dec. 5 —',
    ]);
  });

  it('prints the year only when it is not the current one', () => {
    expect(renderDatelineText({ place: 'Gaza', date: '2025-12-01', agency: 'Xinhua' }, in2026)).toBe('GAZA, Dec. 1, 2025 (Xinhua) —');
    expect(renderDatelineText({ place: 'Gaza', date: '2025-12-01', agency: 'Xinhua' }, new Date('2025-12-02T00:00:00Z'))).toBe('GAZA, Dec. 1 (Xinhua) —');
  });

  it('takes the current year from the `today` it is given, on the editor’s local calendar', () => {
    const parts = { place: 'Gaza', date: '2025-12-31', agency: null };
    expect(renderDatelineText(parts, new Date(2025, 11, 31, 23, 59, 59))).toBe('GAZA, Dec. 31 —');
    expect(renderDatelineText(parts, new Date(2026, 0, 1, 0, 0, 1))).toBe('GAZA, Dec. 31, 2025 —');
  });

  it('leaves out a missing date or agency', () => {
    expect(renderDatelineText({ place: 'Washington', date: null, agency: 'AP' }, in2026)).toBe('WASHINGTON (AP) —');
    expect(renderDatelineText({ place: 'Washington', date: null, agency: null }, in2026)).toBe('WASHINGTON —');
  });

  it('renders nothing without a place', () => {
    expect(renderDatelineText({ place: '   ', date: '2026-07-23', agency: 'AP' }, in2026)).toBe('');
  });

  it('ignores a malformed or impossible date', () => {
    expect(renderDatelineText({ place: 'Rome', date: '23/07/2026', agency: null }, in2026)).toBe('ROME —');
    expect(renderDatelineText({ place: 'Rome', date: '2026-02-30', agency: null }, in2026)).toBe('ROME —');
  });

  it('upper-cases accented places', () => {
    expect(renderDatelineText({ place: 'Zürich', date: '2026-09-14', agency: 'dpa' }, in2026)).toBe('ZÜRICH, Sept. 14 (dpa) —');
  });
});

describe('date helpers', () => {
  it('validates calendar days', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2026, 4, 31)).toBe(false);
    expect(isValidDate(2026, 0, 1)).toBe(false);
    expect(isValidDate(2026, 1, 0)).toBe(false);
  });

  it('parses and formats ISO dates', () => {
    expect(parseIsoDate('2026-07-23')).toEqual({ year: 2026, month: 7, day: 23 });
    expect(parseIsoDate('2026-7-23')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
    expect(toIsoDate(987, 1, 2)).toBe('0987-01-02');
  });
});

describe('matchDatelineLead: a kill advisory is not a dateline', () => {
  it.each(['MANDATORY KILL - Council approves embankment rebuild', 'STORY WITHDRAWN - Floods in Kessel', 'STORNO - Hochwasser in Kessel'])('%s', (line) => {
    expect(matchDatelineLead(line)).toBeNull();
  });
});

describe('matchDatelineLine: a dateline alone on its line', () => {
  it('reads place, region and date, with a separator or none, a month in any case, an agency in brackets', () => {
    expect(matchDatelineLine('LOUISVILLE, Ky., Feb 26 - ')).toMatchObject({ place: 'Louisville', region: 'Ky.', month: 2, day: 26, year: null, agency: null });
    expect(matchDatelineLine('SAN FRANCISCO, Calif., Feb. 26 --')).toMatchObject({ place: 'San Francisco', region: 'Calif.', month: 2, day: 26 });
    expect(matchDatelineLine('NEW YORK, FEb 26')).toMatchObject({ place: 'New York', region: null, month: 2, day: 26 });
    expect(matchDatelineLine('ST. LOUIS, MARCH 4 —')).toMatchObject({ place: 'St. Louis', month: 3, day: 4 });
    expect(matchDatelineLine('LONDON, March 2 (Reuters) -')).toMatchObject({ place: 'London', agency: 'Reuters' });
    expect(matchDatelineLine('Paris, 3 mars -')).toMatchObject({ place: 'Paris', month: 3, day: 3 });
    expect(matchDatelineLine('HOUSTON, Texas, Sept 4, 1987')).toMatchObject({ place: 'Houston', region: 'Texas', month: 9, day: 4, year: 1987 });
  });

  it('keeps the line as it stood, for the change that removes it', () => {
    expect(matchDatelineLine('RICHMOND, Va., Feb 26 -')?.raw).toBe('RICHMOND, Va., Feb 26 -');
  });

  it('refuses a line with text after the dateline, a place without a date, a weekday, a headline, a wire flag', () => {
    for (const line of [
      'RICHMOND, Va., Feb 26 - Dominion said',
      'NEW YORK -',
      'WASHINGTON (AP) _',
      'Tuesday, March 3 -',
      'BROWN-FORMAN INC <BFD> 4TH QTR NET',
      'SUGAR QUOTA IMPORTS DETAILED -- USDA',
      'UPDATE, March 3 -',
      'New York, Feb 30 and more words to make it long enough for anything at all in a line of this kind -',
      '',
    ]) {
      expect(matchDatelineLine(line), line).toBeNull();
    }
  });
});

describe('matchDatelineLead: a dateline that names no place', () => {
  it('reads month, day and the bracketed agency before the dash, and leaves the place empty', () => {
    expect(matchDatelineLead('Jan 30 (Reuters) - Gold rose on Tuesday.')).toEqual({
      raw: 'Jan 30 (Reuters) - ', place: '', region: null, month: 1, day: 30, year: null, agency: 'Reuters',
    });
    expect(matchDatelineLead('Mar 4 (OPTA) - Results and fixtures.')).toMatchObject({ place: '', month: 3, day: 4, agency: 'OPTA' });
    expect(matchDatelineLead('4 March 2019 (AAP) - Results.')).toMatchObject({ place: '', month: 3, day: 4, year: 2019, agency: 'AAP' });
  });

  it('needs the date, the bracketed agency and the dash together', () => {
    expect(matchDatelineLead('Jan 30 - Gold rose on Tuesday.')).toBeNull();
    expect(matchDatelineLead('Jan 30 (Reuters) Gold rose on Tuesday.')).toBeNull();
    expect(matchDatelineLead('January 30 was the coldest day (so far) - of the year.')).toBeNull();
    // Without the date, an unknown sender in brackets is not a dateline…
    expect(matchDatelineLead('(OPTA) - Results and fixtures.')).toBeNull();
  });

  it('reads a known agency alone in brackets as the sender, as CNN and web copy of Reuters open a story', () => {
    // …a known agency is: CNN writes `(CNN) --` for a story filed from no one place, and since 2015 `(CNN) ` alone.
    const none = { place: '', region: null, month: null, day: null, year: null };
    expect(matchDatelineLead('(Reuters) - Gold rose on Tuesday.')).toEqual({ ...none, raw: '(Reuters) - ', agency: 'Reuters' });
    expect(matchDatelineLead('(CNN) -- They wear little blue booties.')).toEqual({ ...none, raw: '(CNN) -- ', agency: 'CNN' });
    expect(matchDatelineLead('(CNN) One person was killed.')).toEqual({ ...none, raw: '(CNN) ', agency: 'CNN' });
    // A sentence must start after it, capitalised; a bracketed note or tag is no sender.
    expect(matchDatelineLead('(CNN) reporters were told to leave.')).toBeNull();
    expect(matchDatelineLead('(CNN) -- ')).toBeNull();
    expect(matchDatelineLead('(Adds details) Gold rose.')).toBeNull();
    expect(matchDatelineLead('(Pictured) The mayor updates the council.')).toBeNull();
  });
});

describe('matchDatelineLead: a release filed from several cities, and a distributor closing the line', () => {
  it('reads the cities in capitals joined by commas and "and" as the place', () => {
    expect(matchDatelineLead('NEW YORK, LONDON and BEIJING, Feb. 2, 2017 /PRNewswire-AsiaNet/ -- Shinetech said.')).toMatchObject({
      place: 'New York, London and Beijing', month: 2, day: 2, year: 2017, agency: 'PRNewswire-AsiaNet',
    });
    expect(matchDatelineLead('TOKYO and SEOUL (Reuters) - Stocks fell.')).toMatchObject({ place: 'Tokyo and Seoul', agency: 'Reuters' });
    expect(matchDatelineLead('Smith and Jones said - nothing')).toBeNull();
  });

  it('reads a dateline alone on its line that ends at the distributor\'s closing slash', () => {
    expect(matchDatelineLead('MUMBAI, India, July 25, 2018/PRNewswire-AsiaNet/')).toMatchObject({
      place: 'Mumbai', region: 'India', month: 7, day: 25, year: 2018, agency: 'PRNewswire-AsiaNet',
    });
    // Alone, it still needs its date.
    expect(matchDatelineLead('MUMBAI, India /PRNewswire-AsiaNet/')).toBeNull();
  });
});
