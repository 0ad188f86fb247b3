import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../electron/ingest/detect.js';
import { mailboxMessages, opensMailbox } from '../../../../electron/ingest/formats/mailbox.js';
import { parseDraft } from '../../../../electron/ingest/ingest.js';
import { importBytes, texts } from './import-fixture.js';

const message = (from: string, subject: string, body: string, extra = ''): string =>
  `${extra}From: ${from}\nTo: desk@paper.example\nSubject: ${subject}\nDate: Tue, 3 Mar 2026 08:30:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;

const MAILBOX =
  'From press@port.example Tue Mar  3 08:31:02 2026\n' +
  message(
    'Port Press Office <press@port.example>',
    'Ferry timetable changes from April',
    'The ferry will sail every hour from April, the port said.\n\nFrom the first week, tickets go on sale online.\n>From then on, the kiosk will close at six.',
    'Return-Path: <press@port.example>\nDelivered-To: desk@paper.example\nReceived: from relay.port.example (relay.port.example [198.51.100.7])\n\tby mx.paper.example with ESMTPS id 77AB\n\tfor <desk@paper.example>; Tue, 3 Mar 2026 08:31:02 +0000\n',
  ) +
  '\n' +
  'From clerk@town.example Tue Mar  3 09:12:40 +0000 2026\n' +
  message('Town Clerk <clerk@town.example>', 'Market square to be repaved', 'Work on the market square starts in May and lasts six weeks, the clerk said.');

describe('mailbox files (mbox)', () => {
  it('is read as e-mail, not as plain text with its headers for a headline', () => {
    expect(opensMailbox(MAILBOX)).toBe(true);
    expect(detectFormat(MAILBOX)).toBe('email');
  });

  it('gives one story a message, the envelope lines gone and a quoted ">From " line restored', () => {
    const stories = importBytes('desk.mbox', Buffer.from(MAILBOX));
    expect(stories.map((a) => a.headline)).toEqual(['Ferry timetable changes from April', 'Market square to be repaved']);
    expect(texts(stories[0]!)).toEqual([
      'The ferry will sail every hour from April, the port said.',
      'From the first week, tickets go on sale online. From then on, the kiosk will close at six.',
    ]);
    expect(stories.map((a) => a.source.name)).toEqual(['Port Press Office', 'Town Clerk']);
    expect(stories.map((a) => a.original.item)).toEqual([0, 1]);
    // Re-read from the kept original, each story is its own message again.
    expect(parseDraft({ ...stories[1]!.original, text: MAILBOX }).meta.headline).toBe('Market square to be repaved');
  });

  it('splits only at an envelope line after an empty line and before a header field', () => {
    const tricky = `From a@b.example Tue Mar  3 08:31:02 2026\n${message('A <a@b.example>', 'One', 'Text one.\nFrom b@c.example Tue Mar  3 08:31:02 2026\nstill the same message.')}`;
    expect(mailboxMessages(tricky)).toHaveLength(1);
    expect(mailboxMessages(`${tricky}\nFrom b@c.example Tue Mar  3 09:00:00 2026\nnot a header\n`)).toHaveLength(1);
  });

  it('reads a single message saved with its envelope line, and leaves a message without one whole', () => {
    const saved = `From press@port.example Tue Mar  3 08:31:02 2026\r\n${message('Port <press@port.example>', 'Pier closed', 'The pier is closed today.').replace(/\n/gu, '\r\n')}`;
    expect(detectFormat(saved)).toBe('email');
    const [story, ...rest] = importBytes('saved.eml', Buffer.from(saved));
    expect(rest).toEqual([]);
    expect(story?.headline).toBe('Pier closed');
    expect(story?.original.item).toBeUndefined();
    const plain = message('Port <press@port.example>', 'Pier closed', 'The pier is closed today.');
    expect(mailboxMessages(plain)).toEqual([plain]);
  });
});
