import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';

const mail = (body: string): Buffer =>
  Buffer.from(
    'From: Jane Editor <jane@paper.example>\nTo: desk@paper.example\nSubject: FW: Ferry news\nDate: Tue, 3 Mar 2026 09:00:00 +0000\n' +
      `MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}`,
  );
const FORWARDED =
  'From: Port Press Office <press@port.example>\nSent: Tuesday, March 3, 2026 8:30 AM\nTo: Jane Editor <jane@paper.example>\n' +
  'Subject: Ferry to sail every hour from April\n\nThe ferry will sail every hour from April, the port said.\n\nTickets go on sale online next week.\n';

describe("Outlook's forward: the forwarded message's header block with no words to mark it", () => {
  for (const [how, separator] of [
    ['under a rule of underscores', '________________________________\n'],
    ['with nothing above it but a blank line', ''],
  ] as const) {
    it(`is unwrapped ${how}: its subject heads the story, its sender is credited, the forwarder's words are a note`, () => {
      const a = importOne('fw.eml', mail(`For tomorrow's paper, please.\n\n${separator}${FORWARDED}`));
      expect(a.headline).toBe('Ferry to sail every hour from April');
      expect(texts(a)).toEqual(['The ferry will sail every hour from April, the port said.', 'Tickets go on sale online next week.']);
      expect(a.source.name).toBe('Port Press Office');
      expect(a.ednote).toBe("For tomorrow's paper, please.");
    });
  }

  it('is unwrapped from HTML mail, where the block comes a paragraph a field', () => {
    const html =
      'From: Jane Editor <jane@paper.example>\nTo: desk@paper.example\nSubject: FW: Ferry news\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n' +
      '<html><body><p>For tomorrow, please.</p><div style="border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Port Press Office &lt;press@port.example&gt;<br>' +
      '<b>Sent:</b> Tuesday, March 3, 2026 8:30 AM<br><b>Subject:</b> Ferry to sail every hour from April</p></div>' +
      '<p>The ferry will sail every hour from April, the port said.</p></body></html>\n';
    const a = importOne('fw.eml', Buffer.from(html));
    expect([a.headline, a.source.name, a.ednote]).toEqual(['Ferry to sail every hour from April', 'Port Press Office', 'For tomorrow, please.']);
    expect(texts(a)).toEqual(['The ferry will sail every hour from April, the port said.']);
  });

  it('leaves a story alone that merely has a From: line in it', () => {
    const a = importOne('plain.eml', mail('The ferry will sail every hour from April, the port said.\n\nFrom: the harbour master, a note on timetables.\n'));
    expect(a.headline).toBe('Ferry news');
    expect(texts(a)).toHaveLength(2);
    expect(a.ednote).toBe('');
  });
});
