import { useEffect } from 'react';

/**
 * Keyboard shortcuts for the desk (outside text fields): n / p next and previous cleaning change, f / Shift+F
 * next and previous flag. Focus moves to the item, so its buttons are one Tab away.
 */
export function useDeskShortcuts(): void {
  useEffect(() => {
    const positions = new Map<string, number>();
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const key = e.key.toLowerCase();
      const nav = key === 'n' || key === 'p' ? 'change' : key === 'f' ? 'flag' : null;
      if (!nav) return;
      const items = [...document.querySelectorAll<HTMLElement>(`[data-nav="${nav}"]`)];
      if (items.length === 0) return;
      const back = key === 'p' || (key === 'f' && e.shiftKey);
      const focused = items.indexOf(document.activeElement as HTMLElement);
      const from = focused >= 0 ? focused : (positions.get(nav) ?? -1);
      const next = back ? (from <= 0 ? items.length - 1 : from - 1) : (from + 1) % items.length;
      positions.set(nav, next);
      items[next]?.focus();
      items[next]?.scrollIntoView({ block: 'nearest' });
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
