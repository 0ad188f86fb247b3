/**
 * What an agency corrected: the difference between two of its versions of a story, block by block and, inside a
 * changed block, word by word (jsdiff). Pure: the desk (electron/desk/corrections.ts) finds the two versions.
 */
import { diffArrays, diffWords } from 'diff';
import { assertNever } from './errors.js';

/** One corrected block. `at` counts paragraphs from 1 in the version it names (the new one, or the old for a removal). */
export type CorrectedBlock =
  | { readonly kind: 'changed'; readonly at: number; readonly before: string; readonly after: string; readonly words: readonly WordChange[] }
  | { readonly kind: 'added'; readonly at: number; readonly after: string }
  | { readonly kind: 'removed'; readonly at: number; readonly before: string };

/** A run of words replaced, removed (after '') or added (before ''), with a few words of context before it. */
export interface WordChange {
  readonly before: string;
  readonly after: string;
  readonly context: string;
}

export function correctedBlocks(previous: readonly string[], corrected: readonly string[]): CorrectedBlock[] {
  const out: CorrectedBlock[] = [];
  let oldAt = 0;
  let newAt = 0;
  const parts = diffArrays([...previous], [...corrected]);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    if (!part.added && !part.removed) {
      oldAt += part.value.length;
      newAt += part.value.length;
      continue;
    }
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      // A block replaced by another is one changed block (pairwise); what is left over was removed or added.
      const pairs = Math.min(part.value.length, next.value.length);
      for (let j = 0; j < pairs; j++) {
        const before = part.value[j] ?? '';
        const after = next.value[j] ?? '';
        out.push({ kind: 'changed', at: newAt + j + 1, before, after, words: wordChanges(before, after) });
      }
      for (let j = pairs; j < part.value.length; j++) out.push({ kind: 'removed', at: oldAt + j + 1, before: part.value[j] ?? '' });
      for (let j = pairs; j < next.value.length; j++) out.push({ kind: 'added', at: newAt + j + 1, after: next.value[j] ?? '' });
      oldAt += part.value.length;
      newAt += next.value.length;
      i++;
    } else if (part.removed) {
      part.value.forEach((before, j) => out.push({ kind: 'removed', at: oldAt + j + 1, before }));
      oldAt += part.value.length;
    } else {
      part.value.forEach((after, j) => out.push({ kind: 'added', at: newAt + j + 1, after }));
      newAt += part.value.length;
    }
  }
  return out;
}

/** The word runs that differ between two versions of a block. */
export function wordChanges(before: string, after: string): WordChange[] {
  const out: WordChange[] = [];
  let said = '';
  const parts = diffWords(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    if (!part.added && !part.removed) {
      said += part.value;
      continue;
    }
    const next = parts[i + 1];
    const paired = part.removed && next?.added;
    out.push({
      before: part.removed ? part.value.trim() : '',
      after: part.added ? part.value.trim() : paired ? next.value.trim() : '',
      context: lastWords(said, 4),
    });
    said += part.added ? part.value : paired ? next.value : '';
    if (paired) i++;
  }
  return out;
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/u).slice(-count).join(' ');
}

/** "¶3 'two' → 'three'", "¶5 added", "¶2 removed": how a notice names one corrected block. */
export function describeCorrectedBlock(block: CorrectedBlock): string {
  switch (block.kind) {
    case 'changed': {
      const words = block.words.map((w) => (w.before && w.after ? `'${w.before}' → '${w.after}'` : w.before ? `'${w.before}' removed` : `'${w.after}' added`));
      return `¶${block.at} ${words.join(', ') || 'rewritten'}`;
    }
    case 'added':
      return `¶${block.at} added`;
    case 'removed':
      return `¶${block.at} removed`;
    default:
      return assertNever(block, 'corrected block');
  }
}

