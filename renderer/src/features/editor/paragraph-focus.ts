/**
 * "¶ 3" anywhere on the desk jumps to that paragraph of the open story: the side panels send the paragraph's
 * index (the block's place in the body, as the store numbers them) and the editor scrolls to it and puts the
 * cursor at its start.
 */
const EVENT = 'copydesk-focus-paragraph';

export function focusParagraph(index: number): void {
  window.dispatchEvent(new CustomEvent<number>(EVENT, { detail: index }));
}

export function onFocusParagraph(handler: (index: number) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<number>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
