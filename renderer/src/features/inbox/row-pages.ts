/**
 * The inbox's rows by index, fetched a page at a time (use-story-search.ts): which rows have come, and which
 * pages to ask for. A refresh of the same search (every few seconds, and after each save or import) keeps the
 * rows on screen and asks their pages again as they are shown, replacing them when the answer comes: at 100,000
 * stories, dropping them made every row but the first page's blink "Loading…" and be fetched again at once.
 */
export class RowPages<T> {
  private rows = new Map<number, T>();
  /** Pages asked for since the search (or its refresh) began. */
  private asked = new Set<number>();

  constructor(readonly pageSize: number) {}

  /** A new search: only its first page is known. */
  replace(first: readonly T[]): void {
    this.rows = new Map();
    this.asked = new Set();
    this.fill(0, first);
  }

  /** The same search asked again: its first page is put in; every other row stays until its page comes again. */
  revalidate(first: readonly T[]): void {
    this.asked = new Set();
    this.fill(0, first);
  }

  /** The row at an index, if its page has come (for this search, maybe before its refresh). */
  row(index: number): T | undefined {
    return this.rows.get(index);
  }

  /**
   * The page holding `index`, if it still has to be asked for (it is then counted as asked); null when it has been
   * asked since the search or its refresh began.
   */
  want(index: number): number | null {
    if (index < 0) return null;
    const page = Math.floor(index / this.pageSize);
    if (this.asked.has(page)) return null;
    this.asked.add(page);
    return page;
  }

  /** A page's answer: its rows replace the old ones, and rows past its end (the list grew shorter) go. */
  fill(page: number, results: readonly T[]): void {
    this.asked.add(page);
    const from = page * this.pageSize;
    for (let i = 0; i < this.pageSize; i++) {
      const hit = results[i];
      if (hit === undefined) this.rows.delete(from + i);
      else this.rows.set(from + i, hit);
    }
  }
}
