/**
 * The editor's text applied to a story: headline, abstract and the body's blocks as the editor sends them. Block
 * ids are checked (a block the story never had must carry an id the editor minted; no id twice), marks are put in
 * order, and the machine's cleaned copy is kept as the ancestor the next re-run of cleaning merges from.
 */
import type { Article, EditableField, Paragraph } from './article.js';
import { CopydeskError } from './errors.js';
import { EDITOR_BLOCK_ID, type BlockInput, type InlineMark } from './story-body.js';

export interface BodyChange {
  readonly headline?: string;
  readonly abstract?: string;
  readonly blocks?: readonly BlockInput[];
}

export function applyBodyEdit(article: Article, edit: BodyChange): Article {
  const touched: EditableField[] = [];
  let next: Article = article;
  if (edit.headline !== undefined && edit.headline !== article.headline) {
    next = { ...next, headline: edit.headline };
    touched.push('headline');
  }
  if (edit.abstract !== undefined && edit.abstract !== article.abstract) {
    next = { ...next, abstract: edit.abstract };
    touched.push('abstract');
  }
  if (edit.blocks) {
    const paragraphs = bodyFrom(article, edit.blocks);
    next = {
      ...next,
      // The first edit of the body keeps the machine's copy it was made on.
      machine: article.machine ?? article.paragraphs.map((p) => ({ id: p.id, text: p.text })),
      paragraphs,
    };
  }
  return touched.length > 0 ? { ...next, edited: [...new Set([...article.edited, ...touched])] } : next;
}

function bodyFrom(article: Article, blocks: readonly BlockInput[]): Paragraph[] {
  const current = new Map(article.paragraphs.map((p) => [p.id, p]));
  const known = new Set([...current.keys(), ...(article.machine ?? []).map((b) => b.id)]);
  const seen = new Set<string>();
  return blocks.map((b, i) => {
    if (seen.has(b.id)) throw new CopydeskError('validation', `blocks[${i}].id: block ${b.id} appears twice in the body`);
    seen.add(b.id);
    if (!known.has(b.id) && !EDITOR_BLOCK_ID.test(b.id)) {
      throw new CopydeskError('validation', `blocks[${i}].id: this story has no block ${b.id} (a new block needs an id "b-" and 10 to 32 letters or digits)`);
    }
    const own = current.get(b.id);
    const marks = normaliseMarks(b.marks ?? []);
    const speaker = own ? { speaker: own.speaker ?? null, ...(own.speakerConfirmed ? { speakerConfirmed: true } : {}) } : {};
    return { id: b.id, ...(b.type === 'paragraph' ? {} : { type: b.type }), text: b.text, ...(marks.length > 0 ? { marks } : {}), ...speaker };
  });
}

/** Marks in order of start; overlapping or touching marks of one kind (a link: with one href) become one. */
export function normaliseMarks(marks: readonly InlineMark[]): InlineMark[] {
  const sorted = [...marks].sort((a, b) => a.type.localeCompare(b.type) || (a.href ?? '').localeCompare(b.href ?? '') || a.start - b.start);
  const out: InlineMark[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.type === m.type && last.href === m.href && m.start <= last.end) {
      out[out.length - 1] = { ...last, end: Math.max(last.end, m.end) };
    } else {
      out.push(m);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A one-line summary of what a save changed: "Edited ¶2, ¶5; 1 block added; headline". */
export function describeChange(before: Article, after: Article): string {
  const parts: string[] = [];
  const old = new Map(before.paragraphs.map((p) => [p.id, p]));
  const ids = new Set(after.paragraphs.map((p) => p.id));
  const edited: number[] = [];
  let added = 0;
  after.paragraphs.forEach((p, i) => {
    const was = old.get(p.id);
    if (!was) added++;
    else if (was.text !== p.text || was.type !== p.type || JSON.stringify(was.marks ?? []) !== JSON.stringify(p.marks ?? [])) edited.push(i + 1);
  });
  const removed = before.paragraphs.filter((p) => !ids.has(p.id)).length;
  if (edited.length > 0) parts.push(`Edited ${edited.slice(0, 6).map((n) => `¶${n}`).join(', ')}${edited.length > 6 ? ` and ${edited.length - 6} more` : ''}`);
  if (added > 0) parts.push(`${added} block${added === 1 ? '' : 's'} added`);
  if (removed > 0) parts.push(`${removed} block${removed === 1 ? '' : 's'} removed`);
  for (const field of ['headline', 'abstract', 'byline', 'slugline', 'status', 'dateline', 'source', 'keywords', 'subjects', 'entities', 'embargo'] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) parts.push(field);
  }
  return parts.length > 0 ? parts.join('; ') : 'No change to the text';
}
