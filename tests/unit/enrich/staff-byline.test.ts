/**
 * A byline field that names a post, not a person (issue 12: a business wire's NewsML-G2 head said `By Staff
 * Reporter` while its text opened `By <the writer>`): the writer the text names is the byline. A staff credit with
 * no named writer in the text still stands, and a named byline field still wins over the text. Copy invented.
 */
import { describe, expect, it } from 'vitest';
import { isStaffCredit } from '../../../electron/domain/wire-values.js';
import { importOne } from '../ingest/formats/import-fixture.js';

const nitf = (head: string, lead: string): Uint8Array => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Tannery reopens in Corvale</title></head>
<body><body.head><hedline><hl1>Tannery reopens in Corvale</hl1></hedline><byline>${head}</byline></body.head>
<body.content>${lead}<p>The Corvale tannery reopened on Monday with forty staff.</p><p>Its owners said orders had doubled.</p></body.content></body></nitf>`);

describe('a staff credit in the byline field', () => {
  it('yields to the writer the text names', () => {
    const a = importOne('staff.xml', nitf('By Staff Reporter', '<p>By Mirela Tosk</p>'));
    expect(a.byline).toBe('Mirela Tosk');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['The Corvale tannery reopened on Monday with forty staff.', 'Its owners said orders had doubled.']);
  });

  it('stands when the text names nobody', () => {
    expect(importOne('staff-only.xml', nitf('By Staff Reporter', '')).byline).toBe('Staff Reporter');
  });

  it('does not displace a named byline field', () => {
    expect(importOne('named.xml', nitf('By Oren Lask', '<p>By Mirela Tosk</p>')).byline).toBe('Oren Lask');
  });

  it('is told apart from a person\'s name', () => {
    for (const s of ['Staff Reporter', 'By Staff Writers', 'Our Correspondent', 'News Desk', 'Special Correspondent']) expect(isStaffCredit(s)).toBe(true);
    for (const s of ['Mirela Tosk', 'Staff', 'Our', 'Desk Tosk', 'Reuters']) expect(isStaffCredit(s)).toBe(s === 'Staff');
  });
});
