/**
 * A three-way merge of token sequences (the diff3 idea: each side's changes as hunks over the ancestor; hunks that
 * overlap are a conflict unless both sides made the same change). The two-way diffs are jsdiff's Myers diff, which
 * costs O(N·D) and stays fast on long bodies with few changes; node-diff3's own LCS took seconds on a 4,000-word
 * body, because common words like "the" make its candidate lists grow with the square of the length.
 */
import { diffArrays } from 'diff';

export type MergeRegion<T> = { readonly ok: readonly T[] } | { readonly conflict: { readonly a: readonly T[]; readonly o: readonly T[]; readonly b: readonly T[] } };

interface Hunk<T> {
  readonly side: 'a' | 'b';
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly T[];
}

function hunks<T>(o: readonly T[], x: readonly T[], side: 'a' | 'b'): Hunk<T>[] {
  const out: Hunk<T>[] = [];
  let at = 0;
  let open: { start: number; end: number; tokens: T[] } | null = null;
  for (const part of diffArrays([...o], [...x])) {
    if (part.added) {
      open ??= { start: at, end: at, tokens: [] };
      open.tokens.push(...part.value);
    } else if (part.removed) {
      open ??= { start: at, end: at, tokens: [] };
      at += part.count;
      open.end = at;
    } else {
      if (open) out.push({ side, ...open });
      open = null;
      at += part.count;
    }
  }
  if (open) out.push({ side, ...open });
  return out;
}

/** The side's text over [start, end) of the ancestor: the ancestor's tokens with that side's hunks applied. */
function over<T>(o: readonly T[], start: number, end: number, list: readonly Hunk<T>[]): T[] {
  const out: T[] = [];
  let at = start;
  for (const h of list) {
    out.push(...o.slice(at, h.start), ...h.tokens);
    at = h.end;
  }
  out.push(...o.slice(at, end));
  return out;
}

const same = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((t, i) => t === y[i]);

export function diff3Merge<T>(a: readonly T[], o: readonly T[], b: readonly T[]): MergeRegion<T>[] {
  const all = [...hunks(o, a, 'a'), ...hunks(o, b, 'b')].sort((x, y) => x.start - y.start || x.end - y.end);
  const regions: MergeRegion<T>[] = [];
  const ok = (tokens: readonly T[]) => {
    if (tokens.length === 0) return;
    const last = regions[regions.length - 1];
    if (last && 'ok' in last) regions[regions.length - 1] = { ok: [...last.ok, ...tokens] };
    else regions.push({ ok: tokens });
  };
  let cursor = 0;
  for (let i = 0; i < all.length; ) {
    const first = all[i] as Hunk<T>;
    const group = [first];
    let end = first.end;
    let j = i + 1;
    // A hunk joins the group when it overlaps or touches it: changes of both sides side by side are a conflict
    // (as git's merge treats them), since the words next to an edit are what the editor just read.
    while (j < all.length) {
      const h = all[j] as Hunk<T>;
      if (h.start <= end) {
        group.push(h);
        end = Math.max(end, h.end);
        j++;
      } else break;
    }
    const start = first.start;
    ok(o.slice(cursor, start));
    const fromA = group.filter((h) => h.side === 'a');
    const fromB = group.filter((h) => h.side === 'b');
    if (fromA.length === 0 || fromB.length === 0) ok(over(o, start, end, group));
    else {
      const sideA = over(o, start, end, fromA);
      const sideB = over(o, start, end, fromB);
      if (same(sideA, sideB)) ok(sideA);
      else regions.push({ conflict: { a: sideA, o: o.slice(start, end), b: sideB } });
    }
    cursor = end;
    i = j;
  }
  ok(o.slice(cursor));
  return regions;
}
