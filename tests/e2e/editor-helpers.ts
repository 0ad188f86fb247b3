/**
 * Driving the story editor like a person: a caret put at a place in the text (as a click there would), a word
 * selected (as a double-click would), then real key presses. The DOM selection is set in the page and
 * ProseMirror reads it as it reads any selection the user makes.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

export const EDITOR = '.ProseMirror';

/** The block (paragraph, subhead, item) whose text contains `text`. */
export function block(page: Page, text: string | RegExp): Locator {
  return page.locator(`${EDITOR} [data-block]`, { hasText: text });
}

/** Puts the caret (or a selection of `length` characters) at `offset` characters into the first match of `needle`. */
export async function select(page: Page, needle: string, offset: number, length = 0): Promise<void> {
  const found = await page.evaluate(
    ({ editor, needle, offset, length }) => {
      const root = document.querySelector<HTMLElement>(editor);
      if (!root) return false;
      root.focus();
      // Block by block, over all its text nodes: a flag's underline splits the words into several.
      const point = (nodes: Text[], offset: number): [Text, number] => {
        let left = offset;
        for (const node of nodes) {
          const size = node.data.length;
          if (left <= size) return [node, left];
          left -= size;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      for (const blockEl of Array.from(root.querySelectorAll('[data-block], .pm-headline, .pm-abstract'))) {
        const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const text = nodes.map((n) => n.data).join('');
        const at = text.indexOf(needle);
        if (at < 0) continue;
        const [startNode, startOffset] = point(nodes, at + offset);
        const [endNode, endOffset] = point(nodes, at + offset + length);
        const range = document.createRange();
        range.setStart(startNode, startOffset);
        range.setEnd(endNode, endOffset);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      return false;
    },
    { editor: EDITOR, needle, offset, length },
  );
  if (!found) throw new Error(`"${needle}" is not in the editor's text`);
  // ProseMirror takes the DOM selection on the next selectionchange.
  await page.waitForTimeout(50);
}

/** The caret at the end of `needle`. */
export async function caretAfter(page: Page, needle: string): Promise<void> {
  await select(page, needle, needle.length);
}

/** The caret at the start of `needle`. */
export async function caretBefore(page: Page, needle: string): Promise<void> {
  await select(page, needle, 0);
}

/** Exports the open story in `format` from its Export form and returns the downloaded file's text. */
export async function downloadExport(page: Page, format: string): Promise<string> {
  await page.getByLabel('Format').selectOption(format);
  const downloading: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return readFile(await (await downloading).path(), 'utf8');
}
