import { describe, it, expect } from 'vitest';
import { parsePlainText } from '../../../electron/ingest/formats/plain-text.js';

const blocks = (text: string): readonly string[] => parsePlainText(text).blocks;

describe('parsePlainText', () => {
  it('splits paragraphs on blank lines', () => {
    expect(blocks('Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n')).toEqual([
      'Headline here',
      'First paragraph.',
      'Second paragraph.',
    ]);
  });

  it('treats several blank lines, and lines of spaces, tabs or non-breaking spaces, as one break', () => {
    expect(blocks('One.\n\n\n \t \n\u00a0\u00a0\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('joins hard-wrapped lines of a paragraph with a single space', () => {
    const text = 'The storm made landfall near the port\nshortly after midnight, the weather\nservice said.\n\nNext paragraph.';
    expect(blocks(text)).toEqual([
      'The storm made landfall near the port shortly after midnight, the weather service said.',
      'Next paragraph.',
    ]);
  });

  it('strips trailing spaces and tabs before joining', () => {
    expect(blocks('Wrapped line   \t\nends here.')).toEqual(['Wrapped line ends here.']);
  });

  it('handles CRLF line ends exactly like LF', () => {
    const lf = 'Headline\n\nLine one of the\nfirst paragraph.\n\nSecond.\n';
    expect(blocks(lf.replace(/\n/g, '\r\n'))).toEqual(blocks(lf));
    expect(blocks(lf.replace(/\n/g, '\r\n'))).toEqual(['Headline', 'Line one of the first paragraph.', 'Second.']);
  });

  it('handles bare CR (classic Mac) line ends', () => {
    expect(blocks('Line one\rline two\r\rPara two')).toEqual(['Line one line two', 'Para two']);
  });

  it('starts a new paragraph at each tab-indented line when there are no blank lines', () => {
    const text = 'Headline\n\tFirst paragraph starts here\nand wraps.\n\tSecond paragraph.\n\tThird paragraph.';
    expect(blocks(text)).toEqual(['Headline', 'First paragraph starts here and wraps.', 'Second paragraph.', 'Third paragraph.']);
  });

  it('starts a new paragraph at a line indented by two or more spaces, but not by one', () => {
    expect(blocks('One\n   Two\n Three')).toEqual(['One', 'Two Three']);
  });

  it('returns no blocks for empty or blank input', () => {
    expect(blocks('')).toEqual([]);
    expect(blocks('\n\n  \r\n\t')).toEqual([]);
  });

  it('keeps a very long single line as one block', () => {
    const line = 'word '.repeat(100_000).trim();
    expect(blocks(line)).toEqual([line]);
  });

  it('keeps ANPA control characters in the text (cleaning removes them later)', () => {
    expect(blocks('\u0002Headline\u0003')).toEqual(['\u0002Headline\u0003']);
  });

  // Known weakness: copy indented uniformly (every line, as some feeds send it) is split at every line.
  it('joins the lines of copy that is indented uniformly on every line', () => {
    expect(blocks('   The storm hit the\n   coast on Monday.')).toEqual(['The storm hit the coast on Monday.']);
  });

  // Known weakness: a word hyphenated across a hard wrap keeps a space after the hyphen.
  it('rejoins a word broken by a hyphen at the end of a hard-wrapped line', () => {
    expect(blocks('a long-\nawaited report')).toEqual(['a long-awaited report']);
  });
});
