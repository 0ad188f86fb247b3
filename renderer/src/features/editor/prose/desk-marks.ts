/**
 * Copydesk's own marks in the text, as decorations (never as edits): spelling, style and attribution flags
 * underlined on their words, and each paragraph's speaker as a tag before it. Computed from the article when it
 * arrives and mapped through every edit after that, so typing costs a mapping, not a recomputation.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { blockPositions, blockText, locate } from './block-text';

export interface FlagMark {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly block: string;
  readonly start: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly reason: string;
  readonly suggestion: string | null;
}

export interface SpeakerMark {
  readonly block: string;
  readonly speaker: string | null;
  readonly confirmed: boolean;
}

export interface DeskMarks {
  readonly flags: readonly FlagMark[];
  readonly speakers: readonly SpeakerMark[];
}

export interface DeskMarkHandlers {
  /** A click on a flagged word: the flag and where to show its card. */
  onFlag(flag: FlagMark, at: DOMRect): void;
  /** A click on a speaker tag. */
  onSpeaker(block: string, at: DOMRect): void;
}

export const deskMarksKey = new PluginKey<DecorationSet>('desk-marks');

function speakerWidget(mark: SpeakerMark, handlers: DeskMarkHandlers) {
  return () => {
    const tag = document.createElement('button');
    tag.type = 'button';
    tag.className = mark.confirmed ? 'speaker-tag confirmed' : 'speaker-tag';
    tag.contentEditable = 'false';
    tag.textContent = mark.speaker ?? 'narration';
    tag.setAttribute('aria-label', `Speaker: ${mark.speaker ?? 'agency narration'}${mark.confirmed ? ' (confirmed)' : ''}. Change`);
    tag.addEventListener('mousedown', (e) => e.preventDefault());
    tag.addEventListener('click', (e) => {
      e.preventDefault();
      handlers.onSpeaker(mark.block, tag.getBoundingClientRect());
    });
    return tag;
  };
}

function build(state: EditorState, marks: DeskMarks, handlers: DeskMarkHandlers): DecorationSet {
  const blocks = blockPositions(state.doc);
  const decos: Decoration[] = [];
  for (const s of marks.speakers) {
    const b = blocks.get(s.block);
    if (!b) continue;
    decos.push(
      // Before the block, not in it: the tag is no part of the paragraph's text.
      Decoration.widget(b.pos - 1, speakerWidget(s, handlers), {
        side: -1,
        key: `speaker:${s.block}:${s.speaker ?? ''}:${s.confirmed}`,
        ignoreSelection: true,
      }),
    );
  }
  const texts = new Map<string, string>();
  for (const f of marks.flags) {
    const b = blocks.get(f.block);
    if (!b) continue;
    let text = texts.get(f.block);
    if (text === undefined) texts.set(f.block, (text = blockText(b.node)));
    const at = locate(text, f.exact, f.start, f.prefix, f.suffix);
    if (at < 0) continue;
    decos.push(
      Decoration.inline(b.pos + at, b.pos + at + f.exact.length, { class: `desk-mark desk-mark-${f.kind}`, 'data-flag': f.id }, { flag: f }),
    );
  }
  return DecorationSet.create(state.doc, decos);
}

export function deskMarks(handlers: DeskMarkHandlers, initial: DeskMarks): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: deskMarksKey,
    state: {
      init: (_config, state) => build(state, initial, handlers),
      apply(tr: Transaction, set, _old, state) {
        const next = tr.getMeta(deskMarksKey) as DeskMarks | undefined;
        if (next) return build(state, next, handlers);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => deskMarksKey.getState(state),
      handleClick(view, pos, event) {
        const flag = flagAt(view.state, pos);
        if (!flag) return false;
        const target = (event.target as HTMLElement).closest('.desk-mark');
        handlers.onFlag(flag.flag, (target ?? view.dom).getBoundingClientRect());
        return false;
      },
    },
  });
}

/** The flag decorated at a position, with its current range. */
export function flagAt(state: EditorState, pos: number): { flag: FlagMark; from: number; to: number } | null {
  const set = deskMarksKey.getState(state);
  const found = set?.find(pos, pos, (spec: { flag?: FlagMark }) => spec.flag !== undefined)[0];
  if (!found) return null;
  return { flag: (found.spec as { flag: FlagMark }).flag, from: found.from, to: found.to };
}

/** Replaces the flagged words with the flag's suggestion: an ordinary edit the editor can undo. */
export function acceptFlag(view: EditorView, flagId: string): boolean {
  const set = deskMarksKey.getState(view.state);
  const found = set?.find(undefined, undefined, (spec: { flag?: FlagMark }) => spec.flag?.id === flagId)[0];
  const flag = (found?.spec as { flag?: FlagMark } | undefined)?.flag;
  if (!found || !flag || flag.suggestion === null) return false;
  const marks = view.state.doc.resolve(found.from).marksAcross(view.state.doc.resolve(found.to)) ?? [];
  const tr = view.state.tr;
  if (flag.suggestion === '') tr.delete(found.from, found.to);
  else tr.replaceWith(found.from, found.to, view.state.schema.text(flag.suggestion, marks));
  view.dispatch(tr);
  return true;
}

/** Alt+Enter with the cursor in a flagged word accepts its suggestion. */
export const acceptFlagAtCursor = (state: EditorState, dispatch?: (tr: Transaction) => void, view?: EditorView): boolean => {
  const hit = flagAt(state, state.selection.from);
  if (!hit || hit.flag.suggestion === null || !view) return false;
  if (dispatch) acceptFlag(view, hit.flag.id);
  return true;
};
