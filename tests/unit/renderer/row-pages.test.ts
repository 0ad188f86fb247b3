import { describe, expect, it } from 'vitest';
import { RowPages } from '../../../renderer/src/features/inbox/row-pages.js';

const page = (from: number, count: number, tag = ''): string[] => Array.from({ length: count }, (_, i) => `${tag}${from + i}`);

describe("the inbox's rows by page", () => {
  it('asks for each page once, and has its rows when it comes', () => {
    const rows = new RowPages<string>(10);
    rows.replace(page(0, 10));
    expect(rows.want(3)).toBeNull();
    expect(rows.want(25)).toBe(2);
    expect(rows.want(21)).toBeNull();
    expect(rows.row(25)).toBeUndefined();
    rows.fill(2, page(20, 10));
    expect(rows.row(25)).toBe('25');
    expect(rows.want(-5)).toBeNull();
  });

  it('a refresh keeps the rows on screen and asks their pages again, replacing them when they come', () => {
    const rows = new RowPages<string>(10);
    rows.replace(page(0, 10));
    rows.want(35);
    rows.fill(3, page(30, 10));
    rows.revalidate(page(0, 10, 'new-'));
    expect(rows.row(4)).toBe('new-4');
    // Still shown (no "Loading…") until its page answers again…
    expect(rows.row(35)).toBe('35');
    expect(rows.want(35)).toBe(3);
    expect(rows.want(36)).toBeNull();
    rows.fill(3, page(30, 10, 'new-'));
    expect(rows.row(35)).toBe('new-35');
  });

  it('a new search forgets the old rows', () => {
    const rows = new RowPages<string>(10);
    rows.replace(page(0, 10));
    rows.want(15);
    rows.fill(1, page(10, 10));
    rows.replace(page(0, 10, 'other-'));
    expect(rows.row(15)).toBeUndefined();
    expect(rows.want(15)).toBe(1);
  });

  it('a page that came back shorter (the list shrank) drops the rows past its end', () => {
    const rows = new RowPages<string>(10);
    rows.replace(page(0, 10));
    rows.want(12);
    rows.fill(1, page(10, 10));
    rows.revalidate(page(0, 10));
    rows.want(12);
    rows.fill(1, page(10, 3));
    expect(rows.row(12)).toBe('12');
    expect(rows.row(13)).toBeUndefined();
  });
});
