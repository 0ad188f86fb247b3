import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

// Invented items in the shape of APA's and dpa's NewsML-G2: an XHTML body that repeats the title and subtitle,
// boxes a correction notice between rules, and opens with two towns joined by a slash.
const APA_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="urn:newsml:example.at:20240301:X0001" version="2" standard="NewsML-G2" xml:lang="de">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:apa"><name>APA - Austria Presse Agentur</name></provider>
    <versionCreated>2024-03-02T08:00:00+01:00</versionCreated>
  </itemMeta>
  <contentMeta>
    <contentCreated>2024-03-01T18:30:00+01:00</contentCreated>
    <language tag="de"/>
    <headline role="apahltype:title">Neue Brücke über die Mur eröffnet</headline>
    <headline role="apahltype:subtitle">Verkehr soll ab Montag rollen</headline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body>
      <h1>Neue Brücke über die Mur eröffnet</h1>
      <h2>Verkehr soll ab Montag rollen</h2>
      <pre>------------------------------
          BERICHTIGUNG
          Im zweiten Absatz muss es Montag heißen, nicht Dienstag.
          ------------------------------
      </pre>
      <p>Graz/Wien (APA) - In Graz ist am Freitag eine neue Brücke über die Mur eröffnet worden.</p>
      <p>Der Verkehr soll ab Montag rollen.</p>
    </body></html>
  </inlineXML></contentSet>
</newsItem></itemSet></newsMessage>`;

const LOCATED_ONLY = `<?xml version="1.0" encoding="utf-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240301:Y" version="1" standard="NewsML-G2" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-03-01T10:00:00Z</versionCreated></itemMeta>
  <contentMeta>
    <located qcode="geo:1"><name>Lisbon</name></located>
    <headline>Tram line to reopen</headline>
    <description role="drol:teaser">The city's oldest tram line reopens after two years of works.</description>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
    <p>The number 28 tram will run again from Saturday, the transport company said.</p>
    <p>Works on the track took two years.</p>
  </body></html></inlineXML></contentSet>
</newsItem>`;

describe('NewsML-G2 XHTML body and head', () => {
  it('reads the text after the repeated headlines, the subtitle as the abstract and the boxed notice as a note', () => {
    const a = importOne('apa.xml', bytes(APA_STYLE));
    expect(texts(a)).toEqual(['In Graz ist am Freitag eine neue Brücke über die Mur eröffnet worden.', 'Der Verkehr soll ab Montag rollen.']);
    expect(a.abstract).toBe('Verkehr soll ab Montag rollen');
    expect(a.ednote).toContain('BERICHTIGUNG Im zweiten Absatz muss es Montag heißen');
  });

  it('takes the first of towns joined by a slash as the place, and the provider named with its code', () => {
    const a = importOne('apa.xml', bytes(APA_STYLE));
    expect(a.dateline.place).toBe('Graz');
    expect(a.dateline.date).toBe('2024-03-01');
    expect(a.source.code).toBe('APA');
  });

  it('dates a dateline-less item from where it was located, and reads a teaser as the abstract', () => {
    const a = importOne('located.xml', bytes(LOCATED_ONLY));
    expect(a.dateline.place).toBe('Lisbon');
    expect(a.abstract).toBe("The city's oldest tram line reopens after two years of works.");
    expect(texts(a)[0]).toBe('The number 28 tram will run again from Saturday, the transport company said.');
  });
});
