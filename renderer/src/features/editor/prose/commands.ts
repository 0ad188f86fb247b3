/**
 * The editor's commands and keys. The headline and abstract are single fields: Enter moves on to the next one,
 * and Backspace or Delete at their edges never joins them with their neighbours (the body would lose a block).
 */
import { baseKeymap, chainCommands, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { TextSelection, type Command, type EditorState, type Plugin } from 'prosemirror-state';
import type { NodeType } from 'prosemirror-model';
import { marks, nodes } from './schema';
import { safeHref } from './safe-href';

/** Keep the block's id when it changes type: it is the same block of the story. */
const keepId = (node: { attrs: Record<string, unknown> }) => ({ id: node.attrs.id });

export const makeParagraph: Command = setBlockType(nodes.paragraph, keepId);
export const makeSubhead: Command = setBlockType(nodes.subhead, keepId);
export const toggleBold: Command = toggleMark(marks.bold);
export const toggleItalic: Command = toggleMark(marks.italic);
export const bulletList: Command = wrapInList(nodes.bullet_list);
export const orderedList: Command = wrapInList(nodes.ordered_list);
export const blockQuote: Command = wrapIn(nodes.blockquote);

/** The top-level field the selection is in: 0 headline, 1 abstract, 2 body. */
function fieldIndex(state: EditorState): number {
  return state.selection.$from.index(0);
}

/** Lifts the block out of its list or quote, if it is in one. */
export const liftOut: Command = (state, dispatch) => {
  if (liftListItem(nodes.list_item)(state, dispatch)) return true;
  const { $from, $to } = state.selection;
  const range = $from.blockRange($to, (n) => n.type === nodes.blockquote);
  if (!range) return false;
  if (dispatch) dispatch(state.tr.lift(range, range.depth - 1 < 0 ? 0 : range.depth - 1).scrollIntoView());
  return true;
};

export function setLink(href: string | null): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty) return false;
    if (href === null) {
      dispatch?.(state.tr.removeMark(from, to, marks.link));
      return true;
    }
    const safe = safeHref(href);
    if (!safe) return false;
    dispatch?.(state.tr.removeMark(from, to, marks.link).addMark(from, to, marks.link.create({ href: safe })));
    return true;
  };
}

const nextField: Command = (state, dispatch) => {
  const field = fieldIndex(state);
  if (field >= 2) return false;
  if (dispatch) {
    let pos = 0;
    for (let i = 0; i <= field; i++) pos += state.doc.child(i).nodeSize;
    // Into the next field's first textblock.
    const $target = state.doc.resolve(pos + 1);
    const sel = TextSelection.findFrom($target, 1, true);
    if (sel) dispatch(state.tr.setSelection(sel).scrollIntoView());
  }
  return true;
};

/** Backspace at the start of a field, or of the body's first block, does nothing rather than join fields. */
const guardFieldStart: Command = (state) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset > 0) return false;
  if (fieldIndex(state) < 2) return true;
  // The first textblock of the body, not in a list or quote (those lift out first).
  return $from.depth === 2 && $from.index(1) === 0;
};

const guardFieldEnd: Command = (state) => {
  const { $to, empty } = state.selection;
  if (!empty || $to.parentOffset < $to.parent.content.size) return false;
  if (fieldIndex(state) < 2) return true;
  const body = state.doc.child(2);
  return $to.depth === 2 && $to.index(1) === body.childCount - 1;
};

function inList(state: EditorState, type: NodeType = nodes.list_item): boolean {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === type) return true;
  return false;
}

const enter: Command = (state, dispatch, view) => {
  if (fieldIndex(state) < 2) return nextField(state, dispatch, view);
  if (inList(state)) return splitListItem(nodes.list_item)(state, dispatch, view);
  return false;
};

export interface EditorKeyHandlers {
  readonly save: () => void;
  readonly find: (replace: boolean) => void;
}

export function editorKeys(handlers: EditorKeyHandlers): Plugin[] {
  const run = (fn: () => void): Command => () => {
    fn();
    return true;
  };
  return [
    keymap({
      'Mod-z': undo,
      'Shift-Mod-z': redo,
      'Mod-y': redo,
      'Mod-s': run(handlers.save),
      'Mod-f': run(() => handlers.find(false)),
      'Mod-h': run(() => handlers.find(true)),
      'Mod-b': toggleBold,
      'Mod-i': toggleItalic,
      'Mod-Alt-0': makeParagraph,
      'Mod-Alt-2': makeSubhead,
      'Shift-Mod-8': bulletList,
      'Shift-Mod-9': orderedList,
      'Mod->': blockQuote,
      Enter: enter,
      'Shift-Enter': (state, dispatch) => {
        if (fieldIndex(state) < 2 || state.selection.$from.parent.type !== nodes.paragraph) return fieldIndex(state) < 2;
        dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
        return true;
      },
      Tab: (state, dispatch) => inList(state) && sinkListItem(nodes.list_item)(state, dispatch),
      'Shift-Tab': (state, dispatch) => inList(state) && liftListItem(nodes.list_item)(state, dispatch),
      Backspace: chainCommands(guardFieldStart),
      Delete: chainCommands(guardFieldEnd),
    }),
    keymap(baseKeymap),
  ];
}
