/** What the agency marks as not for publication goes to the editorial note: copy written here in each agency style. */
import { describe, expect, it } from 'vitest';
import { notForPublication } from '../../../electron/clean/rules/not-for-publication.js';
import { LONG_BODY, runRule } from './run-rule.js';

describe('not-for-publication: the desk section', () => {
  it('moves a dpa-style notebook, its contacts, sign-off and time stamp out of the body, each into the ednote', () => {
    const run = runRule(notForPublication, [
      ...LONG_BODY,
      '# Notebook',
      '## Note to editors — Adds reaction from the mayor',
      '* * * *',
      'The following information is not intended for publication',
      '## Editorial contacts — Editing by: Jo Bell, +49 30 1234 5678, <desk@agency.example>',
      'dpa jb kl',
      '101137 GMT Dez 18',
    ]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual([
      '# Notebook',
      '## Note to editors — Adds reaction from the mayor',
      'The following information is not intended for publication',
      '## Editorial contacts — Editing by: Jo Bell, +49 30 1234 5678, <desk@agency.example>',
      'dpa jb kl',
      '101137 GMT Dez 18',
    ]);
    expect(run.changes.every((c) => c.rule === 'not-for-publication' && c.applied)).toBe(true);
    expect(run.changes[0]?.explanation).toContain('# Notebook');
  });

  it.each([
    ['German', 'Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt', 'Kontakte: Autorin Eva Roth, +49 30 111 2222'],
    ['German heading', 'Notizblock', 'Redaktionelle Hinweise: Bilder folgen'],
    ['French', 'Note aux rédactions :', 'Contact : Paul Morel, 01 23 45 67 89'],
    ['Spanish', 'NO PUBLICAR', 'Contacto: redaccion@agencia.example'],
    ['Italian', 'Non per la pubblicazione', 'Contatti: 06 1234567'],
    ['Norwegian', 'Ikke for publisering:', 'Vaktsjef: 22 03 44 00'],
    ['Swedish', 'Ej för publicering', 'Kontakt: nyhetschef 08 123 456'],
    ['Danish', 'Ikke til offentliggørelse', 'Kontakt: redaktionen 33 12 34 56'],
    ['Finnish', 'Ei julkaistavaksi', 'Lisätiedot: toimitus 09 123 4567'],
  ])('%s: the marker and what follows it go to the ednote', (_lang, marker, contact) => {
    const run = runRule(notForPublication, [...LONG_BODY, marker, contact]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual([marker, contact]);
  });

  it('takes a star rule right above the marker with it, but no story text above that', () => {
    const run = runRule(notForPublication, [...LONG_BODY, '* * *', 'Not for publication', 'Call the desk first.']);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual(['Not for publication', 'Call the desk first.']);
  });
});

describe('not-for-publication: notes, sign-offs, stamps and end marks', () => {
  it('moves a paragraph opening "Note to editors:" anywhere, and only that paragraph', () => {
    const note = 'Note to editors: the casualty figures are provisional and will be updated.';
    const run = runRule(notForPublication, [LONG_BODY[0]!, note, ...LONG_BODY.slice(1)]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual([note]);
  });

  it.each(['dpa hm bs wjh', 'dpa tt xx n1', 'daa/mt/msr', 'afp jm'])('moves the sign-off %s under the copy', (signOff) => {
    const run = runRule(notForPublication, [...LONG_BODY, signOff]);
    expect(run.blocks).toEqual(LONG_BODY);
    expect(run.extracted.notes).toEqual([signOff]);
  });

  // Initials in a script without case, as an Arabic desk signs (typed for this test: no agency's real initials).
  it.each(['سمر/ع ن/رنا', 'ا ف ب/هد', 'ملك/خ'])('moves the sign-off %s in a script without case under the copy', (signOff) => {
    const alert = ['وزير الخارجية يصل إلى العاصمة في زيارة رسمية تستمر يومين', signOff];
    const run = runRule(notForPublication, alert);
    expect(run.blocks).toEqual(alert.slice(0, 1));
    expect(run.extracted.notes).toEqual([signOff]);
  });

  it('moves a desk section of many lines under a story of two paragraphs, found by its share of the text', () => {
    const brief = [
      'Ein umgestürzter Baum hat die Bahnstrecke zwischen zwei Dörfern am Nachmittag für mehrere Stunden gesperrt, wie eine Sprecherin der Bahn sagte.',
      'Am Abend wurde das Gleis in Richtung Süden wieder freigegeben, die Gegenrichtung sollte bald folgen, ergänzte sie.',
    ];
    const desk = ['# Notizblock', '## Redaktionelle Hinweise', '- Bilder folgen', '## Orte', '- [Bahnhof](Hauptstraße 1)', '## Kontakte', '- Autorin: Eva Roth'];
    const run = runRule(notForPublication, [...brief, ...desk]);
    expect(run.blocks).toEqual(brief);
    expect(run.extracted.notes).toEqual(desk);
  });

  it('moves a transmission time stamp and an end mark glued to the last paragraph', () => {
    const last = 'They came off during the semifinal when they sustained injuries.';
    const stamped = runRule(notForPublication, [...LONG_BODY, '101137 GMT Dec 18']);
    expect(stamped.blocks).toEqual(LONG_BODY);
    const glued = runRule(notForPublication, [...LONG_BODY, `${last} ==Kyodo`]);
    expect(glued.blocks).toEqual([...LONG_BODY, last]);
    expect(glued.extracted.notes).toEqual(['==Kyodo']);
  });

  it('moves the end marks an agency closes with after the last full stop: a black square, Enditem, alone or glued', () => {
    const last = 'The harbour board said the new quay would open to ferries in the spring.';
    for (const mark of [' ■', ' Enditem', '■', ' ENDITEM']) {
      const glued = runRule(notForPublication, [...LONG_BODY, `${last}${mark}`]);
      expect(glued.blocks).toEqual([...LONG_BODY, last]);
      expect(glued.extracted.notes).toEqual([mark.trim()]);
    }
    const alone = runRule(notForPublication, [...LONG_BODY, last, 'Enditem']);
    expect(alone.blocks).toEqual([...LONG_BODY, last]);
    // A last sentence that ends on the word is copy: no full stop before it.
    const copy = 'The committee voted to drop the enditem';
    expect(runRule(notForPublication, [...LONG_BODY, copy]).blocks).toEqual([...LONG_BODY, copy]);
  });

  it('never touches story text that talks about publication, notebooks or contacts', () => {
    const story = [
      'The minister said the report was not for publication until the cabinet had seen it.',
      'Notebook sales rose 4 per cent in the quarter, the company said.',
      'Police said the suspect had made contact with the victim twice.',
      'Note: the ministry later corrected its figures.',
      ...LONG_BODY,
      'AP said it would not publish the names.',
    ];
    const run = runRule(notForPublication, story);
    expect(run.changes).toEqual([]);
    expect(run.blocks).toEqual(story);
  });

  it('leaves a marker in the first third of the copy, and a sign-off-like line in the middle, alone', () => {
    const early = ['Notebook', ...LONG_BODY];
    expect(runRule(notForPublication, early).blocks).toEqual(early);
    const middle = [...LONG_BODY.slice(0, 2), 'dpa ab', ...LONG_BODY.slice(2), 'The council meets again in May.'];
    expect(runRule(notForPublication, middle).blocks).toEqual(middle);
  });

  it('keeps a one-block story as it is', () => {
    expect(runRule(notForPublication, ['dpa hm bs']).changes).toEqual([]);
    expect(runRule(notForPublication, []).changes).toEqual([]);
  });

  it('undoing one of its changes brings back only that block', () => {
    const blocks = [...LONG_BODY, 'dpa hm bs', '101137 GMT Dez 18'];
    const first = runRule(notForPublication, blocks);
    const signOff = first.changes.find((c) => c.before === 'dpa hm bs');
    expect(signOff).toBeDefined();
    const undone = runRule(notForPublication, blocks, [signOff!.id]);
    expect(undone.blocks).toEqual([...LONG_BODY, 'dpa hm bs']);
    expect(undone.extracted.notes).toEqual(['101137 GMT Dez 18']);
  });
});

describe('not-for-publication: a release\'s contact block', () => {
  it('moves a contact block under a release (English, German, French), and what follows it, to the ednote', () => {
    for (const [head, details] of [
      ['Media Contact: North 6th Agency for Acme / Dana Kern', 'acme@agency.example'],
      ['Pressekontakt: Stadtwerke Kessel, Pressestelle', 'Tel. +49 561 1234 567'],
      ['Contact presse : Agence Nord, Claire Martin', 'claire.martin@nord.example'],
    ] as const) {
      const run = runRule(notForPublication, [...LONG_BODY, head, details]);
      expect(run.blocks).toEqual(LONG_BODY);
      expect(run.extracted.notes).toEqual([head, details]);
      expect(run.changes[0]?.explanation).toContain("release's contact block");
    }
  });

  it('leaves a paragraph that opens with "Contact:" when no contact details follow, or when it is high in the story', () => {
    const noDetails = runRule(notForPublication, [...LONG_BODY, 'Media contact: the company declined to comment further on the deal.']);
    expect(noDetails.changes).toEqual([]);
    const high = ['Press contact: call the council on +44 20 7946 0000 for details of the closures.', ...LONG_BODY];
    expect(runRule(notForPublication, high).blocks).toEqual(high);
  });
});
