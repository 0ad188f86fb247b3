/**
 * Find and replace over the headline, abstract and body: matches are decorations (the current one stronger),
 * searched again only while a query is set; replacing is an ordinary edit, so Ctrl+Z brings the text back.
 */
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export interface FindQuery {
  readonly text: string;
  readonly caseSensitive: boolean;
}

export interface FindState {
  readonly query: FindQuery | null;
  readonly matches: readonly { readonly from: number; readonly to: number }[];
  /** Index of the current match, or -1. */
  readonly current: number;
  readonly decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find-replace');

const MAX_MATCHES = 5000;

function search(state: EditorState, query: FindQuery | null, near: number): FindState {
  if (!query || query.text === '') return { query, matches: [], current: -1, decorations: DecorationSet.empty };
  const needle = query.caseSensitive ? query.text : query.text.toLowerCase();
  const matches: { from: number; to: number }[] = [];
  state.doc.descendants((node, pos) => {
    if (matches.length >= MAX_MATCHES) return false;
    if (!node.isTextblock) return true;
    // Text nodes one by one: a match never spans a mark boundary's hidden node break, but does span marks.
    let text = '';
    node.forEach((child) => (text += child.isText ? (child.text ?? '') : '\ufffc'));
    const hay = query.caseSensitive ? text : text.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0 && matches.length < MAX_MATCHES; at = hay.indexOf(needle, at + needle.length)) {
      matches.push({ from: pos + 1 + at, to: pos + 1 + at + needle.length });
    }
    return false;
  });
  let current = matches.findIndex((m) => m.from >= near);
  if (current < 0 && matches.length > 0) current = 0;
  return { query, matches, current, decorations: decorate(state, matches, current) };
}

function decorate(state: EditorState, matches: FindState['matches'], current: number): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' })),
  );
}

type FindMeta = { readonly query: FindQuery | null } | { readonly step: 1 | -1 };

export function findReplace(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: null, matches: [], current: -1, decorations: DecorationSet.empty }),
      apply(tr: Transaction, prev, _old, state) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (meta && 'query' in meta) return search(state, meta.query, state.selection.from);
        if (meta && 'step' in meta && prev.matches.length > 0) {
          const current = (prev.current + meta.step + prev.matches.length) % prev.matches.length;
          return { ...prev, current, decorations: decorate(state, prev.matches, current) };
        }
        if (tr.docChanged && prev.query) {
          const near = prev.matches[prev.current] ? tr.mapping.map(prev.matches[prev.current]!.from) : 0;
          return search(state, prev.query, near);
        }
        return prev;
      },
    },
    props: { decorations: (state) => findKey.getState(state)?.decorations },
  });
}

export function setFindQuery(state: EditorState, query: FindQuery | null): Transaction {
  return state.tr.setMeta(findKey, { query }).setMeta('addToHistory', false);
}

/** Moves to the next (or previous) match and selects it. */
export function stepFind(state: EditorState, step: 1 | -1): Transaction | null {
  const find = findKey.getState(state);
  if (!find || find.matches.length === 0) return null;
  const current = (find.current + step + find.matches.length) % find.matches.length;
  const m = find.matches[current]!;
  return state.tr.setMeta(findKey, { step }).setSelection(TextSelection.create(state.doc, m.from, m.to)).scrollIntoView();
}

/** Replaces the current match (or every match) with the replacement, keeping the marks of the replaced text. */
export function replaceMatches(state: EditorState, replacement: string, all: boolean): Transaction | null {
  const find = findKey.getState(state);
  if (!find || find.matches.length === 0) return null;
  const targets = all ? [...find.matches] : find.matches[find.current] ? [find.matches[find.current]!] : [];
  const tr = state.tr;
  // From the end backwards, so earlier positions stay valid.
  for (const m of targets.reverse()) {
    const marks = state.doc.resolve(m.from).marksAcross(state.doc.resolve(m.to)) ?? [];
    if (replacement === '') tr.delete(m.from, m.to);
    else tr.replaceWith(m.from, m.to, state.schema.text(replacement, marks));
  }
  return tr.scrollIntoView();
}
