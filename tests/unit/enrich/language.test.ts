import { describe, it, expect } from 'vitest';
import { detectLanguage, isRightToLeft } from '../../../electron/enrich/language.js';

describe('detectLanguage', () => {
  it('does not take a results table for a language on one short word repeated (E: is an exacta)', () => {
    const table = 'TROT DIVS FOR $1.00\n    Race 1: 6 10 9. Win $3.80 place $2.00 $3.10. Q: $4.10. E: $10.50. T: $43.40.\n    Race 2: 3 4 1. Win $2.50 place $1.40. Q: $11.10. E: $19.30. D: $16.50.\n    Race 3: 10 3 4. Win $3.20. Q: $12.00. E: $16.40. T: $49.80.';
    expect(detectLanguage(table)).toBe('und');
  });

  const samples: ReadonlyArray<readonly [string, string]> = [
    ['en', 'The minister said on Monday that the talks with the union would resume in the capital next week.'],
    ['fr', 'Le président a annoncé mardi une réforme des retraites qui sera présentée au Parlement dans les prochains jours.'],
    ['de', 'Die Regierung hat am Montag ein neues Gesetz zur Energie beschlossen, das im Januar in Kraft tritt.'],
    ['es', 'El gobierno aprobó el lunes una reforma de las pensiones que entrará en vigor en enero del próximo año.'],
    ['it', 'Il governo ha approvato la legge di bilancio per il prossimo anno dopo un lungo dibattito.'],
    ['pt', 'O governo aprovou a lei do orçamento para o próximo ano depois de um longo debate no Congresso.'],
    ['nl', 'De regering heeft op maandag een nieuwe wet aangenomen die het parlement ook in januari zal bespreken.'],
    ['da', 'Regeringen har mandag fremlagt et nyt lovforslag, og ifølge ministeren blev det modtaget godt af partierne.'],
    ['nb', 'Regjeringen har mandag lagt fram et nytt lovforslag, og ifølge statsråden ble det tatt godt imot av partiene.'],
    ['sv', 'Regeringen har på måndagen lagt fram ett nytt lagförslag och enligt ministern togs det emot väl av partierna.'],
    ['fi', 'Hallitus antoi maanantaina uuden lakiesityksen, ja ministerin mukaan se otettiin hyvin vastaan puolueissa.'],
    // Short Danish wire copy, with the Dutch-looking "en" and "er": Danish.
    ['da', 'En 41-årig mand, der onsdag blev anholdt og sat i forbindelse med drabet, er løsladt igen.'],
    ['ar', 'قال وزير الخارجية إن المحادثات مع الجانب العراقي ستستأنف الأسبوع المقبل في بغداد'],
    ['fa', 'وزیر امور خارجه گفت که گفتگوها با طرف عراقی هفته آینده در بغداد از سر گرفته می‌شود'],
    ['he', 'שר החוץ אמר כי השיחות עם הצד העיראקי יתחדשו בשבוע הבא בבגדד'],
    ['ru', 'Министр заявил, что переговоры возобновятся на следующей неделе в столице.'],
  ];
  for (const [lang, text] of samples) {
    it(`recognises ${lang}: ${text.slice(0, 30)}…`, () => {
      expect(detectLanguage(text)).toBe(lang);
    });
  }

  it('recognises English wire copy with a dateline and figures', () => {
    expect(detectLanguage('The council approved a budget of $4.2 billion for 2027, up 3% from this year, it said in a statement.')).toBe('en');
  });

  it("returns 'und' for gibberish", () => {
    expect(detectLanguage('xkq zvrt plomb grix vantu sorp quibble frandz')).toBe('und');
  });

  it("returns 'und' for numbers and punctuation only, for empty text and for too few words", () => {
    expect(detectLanguage('12345 67890 !!! ??? — 2026-07-23')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Hi')).toBe('und');
  });

  it("returns 'und' for two words wrapped in quotes or parentheses", () => {
    for (const text of ['"Le chat"', '(Le chat)', '"Der Hund"']) expect(detectLanguage(text), text).toBe('und');
  });

  it('reads only the start of a huge text, quickly', () => {
    const text = `${'The minister said that the talks would resume. '.repeat(200_000)}`;
    const t = performance.now();
    expect(detectLanguage(text)).toBe('en');
    expect(performance.now() - t).toBeLessThan(500);
  });

  // Persian is also told from Arabic by its own yeh and keheh (ی ک), which Arabic writes ي and ك.
  it('recognises Persian written without پ چ ژ گ', () => {
    expect(detectLanguage('وزیر امور خارجه ایران امروز در تهران با همتای عراقی خود دیدار کرد')).toBe('fa');
    expect(detectLanguage('ایران')).toBe('fa'); // ی alone
    expect(detectLanguage('کشور')).toBe('fa'); // ک alone
  });

  it('keeps Arabic written with the Arabic yeh and kaf (ي ك) as Arabic', () => {
    expect(detectLanguage('وزير الخارجية في ذلك البلد')).toBe('ar');
  });
});

describe('isRightToLeft', () => {
  it('is true for Arabic, Persian, Hebrew and Urdu, with or without a region', () => {
    for (const tag of ['ar', 'fa', 'he', 'ur', 'ar-EG', 'fa-IR']) expect(isRightToLeft(tag)).toBe(true);
  });
  it('is false for left-to-right and undetermined languages', () => {
    for (const tag of ['en', 'fr', 'de', 'und', '']) expect(isRightToLeft(tag)).toBe(false);
  });
});
