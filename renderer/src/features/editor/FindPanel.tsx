import { useEffect, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import { findKey, replaceMatches, setFindQuery, stepFind } from './prose/find-replace';

interface FindPanelProps {
  readonly view: () => EditorView | null;
  readonly replace: boolean;
  readonly onClose: () => void;
}

/** Ctrl+F finds, Ctrl+H also replaces; Enter goes to the next match, Shift+Enter to the previous, Escape closes. */
export function FindPanel({ view, replace, onClose }: FindPanelProps) {
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [count, setCount] = useState({ current: -1, total: 0 });
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [replace]);

  const refresh = (v: EditorView) => {
    const found = findKey.getState(v.state);
    setCount({ current: found?.current ?? -1, total: found?.matches.length ?? 0 });
  };
  const search = (nextText: string, nextCase: boolean) => {
    setText(nextText);
    setCaseSensitive(nextCase);
    const v = view();
    if (!v) return;
    v.dispatch(setFindQuery(v.state, nextText ? { text: nextText, caseSensitive: nextCase } : null));
    refresh(v);
  };

  // Closing clears the highlights.
  useEffect(
    () => () => {
      const v = view();
      if (v) v.dispatch(setFindQuery(v.state, null));
    },
    [view],
  );

  const step = (dir: 1 | -1) => {
    const v = view();
    if (!v) return;
    const tr = stepFind(v.state, dir);
    if (tr) v.dispatch(tr);
    refresh(v);
  };
  const doReplace = (all: boolean) => {
    const v = view();
    if (!v) return;
    const tr = replaceMatches(v.state, replacement, all);
    if (tr) v.dispatch(tr);
    refresh(v);
  };

  return (
    <div className="find-panel" role="search" aria-label="Find and replace">
      <input
        ref={input}
        aria-label="Find"
        placeholder="Find"
        value={text}
        onChange={(e) => search(e.target.value, caseSensitive)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {text ? (count.total === 0 ? 'no match' : `${count.current + 1} of ${count.total}`) : ''}
      </span>
      <button type="button" className="tool" aria-label="Previous match" onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="tool" aria-label="Next match" onClick={() => step(1)}>
        ↓
      </button>
      <label className="find-case">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => search(text, e.target.checked)} /> Match case
      </label>
      {replace && (
        <>
          <input
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                doReplace(false);
              } else if (e.key === 'Escape') onClose();
            }}
          />
          <button type="button" className="btn" onClick={() => doReplace(false)} disabled={count.total === 0}>
            Replace
          </button>
          <button type="button" className="btn" onClick={() => doReplace(true)} disabled={count.total === 0}>
            Replace all
          </button>
        </>
      )}
      <button type="button" className="tool" aria-label="Close find" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
