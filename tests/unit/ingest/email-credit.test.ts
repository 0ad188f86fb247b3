/**
 * Issue 13: "an e-mail's sender is credited instead of the agency in its dateline". Whoever mailed the copy (a
 * stringer, a desk's own inbox, a PR office forwarding it) is not its source: the agency the dateline names is
 * the credit, in the story and in what goes out. The messages are written here, as a mail client sends them.
 */
import { describe, expect, it } from 'vitest';
import { creditLine } from '../../../electron/export/house-style.js';
import { importOne } from './formats/import-fixture.js';

function mail(from: string, body: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: night-desk@copydesk.test',
      'Subject: Strikes halt Paris metro',
      'Date: Tue, 03 Mar 2026 06:40:00 +0100',
      'Message-ID: <a1b2c3@mail.example.org>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

const COPY = 'PARIS, March 3 (AFP) - Strikes halted most of the Paris metro on Tuesday, the transport authority said.\r\n\r\nOnly two lines ran a full service.';

describe('e-mail credit', () => {
  it('credits the agency in the dateline, not the person who mailed it', () => {
    const a = importOne('metro.eml', mail('"Claire Dubois" <claire.dubois@mail.example.org>', COPY));
    expect(a.source.code).toBe('AFP');
    expect(a.source.name).toBe('Agence France-Presse');
    expect(a.source.name).not.toContain('Claire');
    expect(a.source.credit).not.toContain('Claire');
    expect(a.byline).not.toContain('Claire');
    expect(a.dateline).toMatchObject({ place: 'Paris', date: '2026-03-03' });
    expect(creditLine(a)).toBe('Source: AFP');
    expect(creditLine(a)).not.toContain('Claire');
  });

  it('credits the dateline agency even when the sender looks like another agency', () => {
    const a = importOne('metro.eml', mail('Reuters Paris Desk <paris.desk@reuters.example>', COPY));
    expect(a.source.code).toBe('AFP');
  });

  it('credits a bare address only when the copy names no agency', () => {
    const a = importOne('note.eml', mail('stringer@mail.example.org', 'The town hall closes early on Friday for the holiday.'));
    expect(a.source.name).toBe('stringer@mail.example.org');
  });
});
