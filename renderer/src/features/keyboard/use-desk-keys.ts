import { useEffect, useRef } from 'react';
import type { ArticleStatus } from '../../../../electron/domain/article';

export const STATUS_KEYS: readonly (readonly [string, ArticleStatus])[] = [
  ['1', 'new'],
  ['2', 'in-review'],
  ['3', 'ready'],
  ['4', 'exported'],
  ['5', 'spiked'],
];

export interface DeskKeyHandlers {
  readonly next: () => void;
  readonly previous: () => void;
  readonly openFocused: () => boolean;
  readonly backToList: () => void;
  readonly focusSearch: () => void;
  readonly setStatus: (status: ArticleStatus) => void;
  readonly tick: () => void;
  readonly palette: () => void;
  readonly shortcuts: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The desk at the keyboard, as in a mail client: j/k or ↓/↑ next and previous story, Enter opens, Esc back to
 * the list, `/` search, 1–5 a status, x ticks the story for export, Ctrl+K the command palette, `?` the shortcuts. Keys are ignored while typing
 * in a field (Ctrl+K and Esc still work there) and while a dialog is open. Ctrl+S belongs to the editor.
 */
export function useDeskKeys(handlers: DeskKeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        h.palette();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        if (typing(e.target) && (e.target as HTMLElement).id !== 'inbox-search') return;
        h.backToList();
        e.preventDefault();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const status = STATUS_KEYS.find(([k]) => k === e.key)?.[1];
      if (e.key === 'j' || e.key === 'ArrowDown') h.next();
      else if (e.key === 'k' || e.key === 'ArrowUp') h.previous();
      else if (e.key === 'Enter') {
        if (!h.openFocused()) return;
      } else if (e.key === '/') h.focusSearch();
      else if (e.key === '?') h.shortcuts();
      else if (e.key === 'x') h.tick();
      else if (status) h.setStatus(status);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
