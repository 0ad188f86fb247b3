/** The editor's state: the schema, the story's document, and every plugin in the order they apply. */
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { blockIds } from './block-ids';
import { editorKeys, type EditorKeyHandlers } from './commands';
import { acceptFlagAtCursor, deskMarks, type DeskMarkHandlers, type DeskMarks } from './desk-marks';
import { findReplace } from './find-replace';
import { storyFrame, type StoryFrame } from './story-frame';

export interface EditorSetup {
  readonly doc: PMNode;
  readonly keys: EditorKeyHandlers;
  readonly marks: DeskMarks;
  readonly markHandlers: DeskMarkHandlers;
  readonly frame: StoryFrame;
}

export function createEditorState(setup: EditorSetup): EditorState {
  return EditorState.create({
    doc: setup.doc,
    plugins: [
      history({ depth: 500, newGroupDelay: 700 }),
      keymap({ 'Alt-Enter': acceptFlagAtCursor }),
      ...editorKeys(setup.keys),
      blockIds(),
      deskMarks(setup.markHandlers, setup.marks),
      findReplace(),
      storyFrame(setup.frame),
    ],
  });
}
