import { describe, expect, it } from 'vitest';
import { importBytes, importOne, refusal, texts } from './import-fixture.js';

describe('ninjs', () => {
  it('reads ninjs 2.x lists: headlines, bodies (HTML), descriptions, by, subjects, places', () => {
    const a = importOne('ninjs-2.json');
    expect(a.original.format).toBe('ninjs');
    expect(a).toMatchObject({
      headline: 'Minister opens new rail tunnel',
      abstract: 'The 9 km tunnel cuts journey times by 20 minutes.',
      byline: 'Sam Okafor',
      guid: 'http://copydesk.test/ninjs/0042',
      version: 2,
      created: '2026-01-05T06:00:00+01:00',
      updated: '2026-01-05T06:30:00+01:00',
      embargo: '2026-01-05T08:00:00+01:00',
      urgency: 3,
      ednote: "Corrects spelling of minister's name.",
      keywords: ['rail', 'tunnel'],
      subjects: [{ code: '20000776', scheme: 'http://cv.iptc.org/newscodes/mediatopic', name: 'transport' }],
      places: [{ name: 'Leeds', code: 'GB-LDS' }],
    });
    expect(a.source.name).toBe('Copydesk Test Agency');
    expect(texts(a)).toEqual(['The transport minister opened the 9 km tunnel on Monday.', 'Trains will use it from next week.']);
  });

  it('reads ninjs 1.x single fields: headline, body_text, byline, subject with scheme', () => {
    const a = importOne('ninjs-1.json');
    expect(a.headline).toBe('Floods close river road');
    expect(a.byline).toBe('Ana Lima');
    expect(texts(a)).toEqual(['Rising water closed the river road on Sunday.', 'Council crews placed sandbags overnight.']);
    expect(a.subjects[0]).toEqual({ code: '06000000', scheme: 'http://cv.iptc.org/newscodes/subjectcode/', name: 'environment' });
  });

  it("takes ninjs 1.x's infosource as the source, and AP's bylines without their By", () => {
    // Written for this test in the shape of AP's ninjs 1.x items: infosource (1.2–1.4), provider, bylines.
    const item = {
      uri: 'http://copydesk.test/ap/1', type: 'text', headline: 'Council votes to widen the bridge', provider: 'AP',
      infosource: [{ name: 'AP', type: 'AP' }],
      bylines: [{ by: 'By ANA LIMA and SAM OKAFOR', title: 'Associated Press' }],
      body_nitf: '<block><p>The council voted on Tuesday to widen the bridge.</p></block>',
      body_text: 'The council voted on Tuesday to widen the bridge.',
    };
    const a = importBytes('ap-1.json', Buffer.from(JSON.stringify(item)))[0];
    expect(a?.byline).toBe('ANA LIMA and SAM OKAFOR');
    expect(a?.source.credit).toBe('AP');
    // A member paper's story distributed by AP: the paper is the source it names.
    const member = importBytes('ap-2.json', Buffer.from(JSON.stringify({ ...item, infosource: [{ name: 'Valley Herald', type: 'Member' }] })))[0];
    expect(member?.source.credit).toBe('Valley Herald');
  });

  it('takes the writer the text names over a byline field that only names the agency', () => {
    const item = { uri: 'http://copydesk.test/r/1', type: 'text', headline: 'Museum reopens', byline: 'Reuters', body_text: 'By Jane Doe\n\nLONDON, Jan 2 (Reuters) - The museum reopened on Monday.\n\nVisitors queued outside.' };
    const a = importBytes('r-1.json', Buffer.from(JSON.stringify(item)))[0];
    expect(a?.byline).toBe('Jane Doe');
    const named = importBytes('r-2.json', Buffer.from(JSON.stringify({ ...item, byline: 'Tom Reed' })))[0];
    expect(named?.byline).toBe('Tom Reed');
  });

  it('reads ninjs 3.x camelCase names and a JSON array of items', () => {
    const items = [
      { uri: 'a', versionCreated: '2026-02-01T10:00:00Z', pubStatus: 'withheld', headlines: [{ value: 'One' }], bodies: [{ contentType: 'text/plain', value: 'First body.' }] },
      { uri: 'b', title: 'Two', descriptions: [{ value: 'Second, from its description.' }] },
    ];
    const [one, two] = importBytes('items.json', Buffer.from(JSON.stringify(items)));
    expect(one).toMatchObject({ headline: 'One', updated: '2026-02-01T10:00:00Z', pubstatus: 'withheld' });
    expect(two?.headline).toBe('Two');
    expect(two && texts(two)).toEqual(['Second, from its description.']);
  });

  it('refuses malformed JSON with the parser’s reason, and JSON cut short as cut short', () => {
    expect(refusal('bad.json', Buffer.from('{"headline": "Broken" "body_text": "x"}'))).toMatch(/^malformed ninjs JSON: /u);
    expect(refusal('cut.json', Buffer.from('{"headline": "Cut off'))).toMatch(/^the file is cut short: its JSON stops after 21 bytes, inside a string/u);
  });
});

it('reads TT\'s body_html5 as the body (not only its description), without its dateline block and bylines', () => {
  // A fixture typed in the shape of TT's ninjs: the HTML5 body under its own key, a `dat` block, `byline` divs.
  const a = importOne('ninjs-tt-html5.json');
  expect(texts(a)).toEqual([
    'Tågtrafiken i Norrland står still efter stormen.',
    'Trafikverket väntar sig att tågen går igen på fredag.',
    'Vi gör vad vi kan, säger en talesperson.',
  ]);
  expect(a.byline).toBe('Anna Berg/TT');
});

it('reads the authors list newsroom systems add to their ninjs: the authors, and the byline when none is given', () => {
  const item = { uri: 'urn:cdt.test:a1', type: 'text', headline: 'Ferry back in service', body_text: 'The ferry runs again from Monday, the operator said.', authors: [{ name: 'Siri Dahl', role: 'writer', biography: 'bio' }] };
  const a = importBytes('a1.json', Buffer.from(JSON.stringify(item)))[0];
  expect(a?.authors).toEqual([{ name: 'Siri Dahl', role: 'writer' }]);
  expect(a?.byline).toBe('Siri Dahl');
  const b = importBytes('a2.json', Buffer.from(JSON.stringify({ ...item, byline: 'Siri Dahl and Ola Berg' })))[0];
  expect(b?.byline).toBe('Siri Dahl and Ola Berg');
});
