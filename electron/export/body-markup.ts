/**
 * The editor's body as semantic HTML: paragraphs, subheads (h2), bulleted and numbered lists, block quotes, and
 * bold, italic and links inside them. Text is escaped here; the caller passes the markup through the allowlist.
 * What the editor sees is what the export carries.
 */
import type { BlockType, InlineMark } from '../domain/story-body.js';

export interface PrintedBlock {
  readonly type: BlockType;
  /** Already-escaped HTML for the start of the block (the dateline span), placed before its text. */
  readonly lead?: string;
  readonly text: string;
  readonly marks: readonly InlineMark[];
}

/** Consecutive list items make one list, consecutive quote blocks one block quote. */
export function blocksMarkup(blocks: readonly PrintedBlock[], escape: (text: string) => string, escapeAttribute: (text: string) => string): string[] {
  const lines: string[] = [];
  let open: 'ul' | 'ol' | 'blockquote' | null = null;
  const container = (type: BlockType) => (type === 'bullet' ? 'ul' : type === 'ordered' ? 'ol' : type === 'quote' ? 'blockquote' : null);
  for (const block of blocks) {
    const wanted = container(block.type);
    if (open !== wanted) {
      if (open) lines.push(`</${open}>`);
      if (wanted) lines.push(`<${wanted}>`);
      open = wanted;
    }
    const inner = `${block.lead ? `${block.lead} ` : ''}${inlineMarkup(block.text, block.marks, escape, escapeAttribute)}`;
    const tag = block.type === 'subhead' ? 'h2' : block.type === 'bullet' || block.type === 'ordered' ? 'li' : 'p';
    lines.push(`<${tag}>${inner}</${tag}>`);
  }
  if (open) lines.push(`</${open}>`);
  return lines;
}

/**
 * Text with its marks. The text is cut at every mark's edge and each piece wrapped in the marks over it, always in
 * the same order (link, bold, italic), so overlapping marks still give well-nested markup.
 */
export function inlineMarkup(text: string, marks: readonly InlineMark[], escape: (text: string) => string, escapeAttribute: (text: string) => string): string {
  const usable = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length && (m.type !== 'link' || /^(?:https?:|mailto:)/i.test(m.href ?? '')));
  if (usable.length === 0) return escape(text);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
    let piece = escape(text.slice(from, to));
    const over = (type: InlineMark['type']) => usable.find((m) => m.type === type && m.start <= from && m.end >= to);
    if (over('italic')) piece = `<em>${piece}</em>`;
    if (over('bold')) piece = `<strong>${piece}</strong>`;
    const link = over('link');
    if (link?.href) piece = `<a href="${escapeAttribute(link.href)}">${piece}</a>`;
    out += piece;
  }
  return out;
}
