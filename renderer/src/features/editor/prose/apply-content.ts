/**
 * Brings the editor to new content with the smallest replacement: only the stretch between the first and last
 * difference is replaced, outside the undo history, so the editor's undo steps elsewhere survive (a cleaning undo
 * in one paragraph does not wipe the history of another).
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import { docOf } from './doc-content';
import type { StoryContent } from './story-content';

export function replaceContent(state: EditorState, content: StoryContent): Transaction | null {
  const next = docOf(content);
  const start = state.doc.content.findDiffStart(next.content);
  if (start === null) return null;
  const end = state.doc.content.findDiffEnd(next.content) ?? { a: state.doc.content.size, b: next.content.size };
  let { a: endA, b: endB } = end;
  // When the change is a repeat, findDiffEnd can overlap the start: widen both ends to keep them ordered.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const tr = state.tr.replace(start, endA, next.slice(start, endB));
  tr.setMeta('addToHistory', false);
  tr.setMeta('copydesk-remote', true);
  return tr;
}
