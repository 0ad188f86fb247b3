/**
 * The schema of a news story in the editor: the headline and the abstract (plain text, one block each), then the
 * body of paragraphs, subheads, bulleted and numbered lists and block quotes, with bold, italic and links.
 * Every body textblock carries the block's stable `id` (given by the store; fresh for a block the editor makes),
 * so edits, drafts and the desk's anchors all name the same block. Anything a paste brings that is not in this
 * schema is dropped by ProseMirror's DOMParser; the parse rules below read only what the schema keeps.
 */
import { Schema, type DOMOutputSpec, type Mark, type Node as PMNode } from 'prosemirror-model';
import { freshBlockId } from './block-ids';
import { safeHref } from './safe-href';

const blockId = { id: { default: '' } };
const idOf = (node: PMNode) => (node.attrs.id as string) || undefined;

export const storySchema = new Schema({
  nodes: {
    doc: { content: 'headline abstract body' },
    // The headline and abstract are plain text: the export carries no marks in either.
    headline: {
      content: 'text*',
      marks: '',
      defining: true,
      parseDOM: [{ tag: 'h1.pm-headline' }],
      toDOM: (): DOMOutputSpec => ['h2', { class: 'pm-headline', id: 'story-headline', 'data-field': 'headline' }, 0],
    },
    abstract: {
      content: 'text*',
      marks: '',
      defining: true,
      parseDOM: [{ tag: 'p.pm-abstract' }],
      toDOM: (): DOMOutputSpec => ['p', { class: 'pm-abstract', 'data-field': 'abstract' }, 0],
    },
    body: {
      content: 'body_block+',
      toDOM: (): DOMOutputSpec => ['div', { class: 'pm-body' }, 0],
    },
    paragraph: {
      group: 'body_block',
      content: 'inline*',
      attrs: blockId,
      // A parsed block (a paste) is a new block: it gets its id here, in one go, not one step per block later.
      parseDOM: [
        { tag: 'p', getAttrs: () => ({ id: freshBlockId() }) },
        { tag: 'div', priority: 10, getAttrs: () => ({ id: freshBlockId() }) },
      ],
      toDOM: (node): DOMOutputSpec => ['p', { 'data-block': idOf(node) }, 0],
    },
    subhead: {
      group: 'body_block',
      content: 'text*',
      marks: '',
      attrs: blockId,
      defining: true,
      // A pasted heading of any level is a subhead: a story has one headline, and it is not in the body.
      parseDOM: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => ({ tag, getAttrs: () => ({ id: freshBlockId() }) })),
      toDOM: (node): DOMOutputSpec => ['h3', { class: 'pm-subhead', 'data-block': idOf(node) }, 0],
    },
    blockquote: {
      group: 'body_block',
      content: 'paragraph+',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: (): DOMOutputSpec => ['blockquote', 0],
    },
    bullet_list: {
      group: 'body_block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ul' }],
      toDOM: (): DOMOutputSpec => ['ul', 0],
    },
    ordered_list: {
      group: 'body_block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ol' }],
      toDOM: (): DOMOutputSpec => ['ol', 0],
    },
    // One paragraph per item: a story's lists are flat, and each item is one block of the story model.
    list_item: {
      content: 'paragraph',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: (): DOMOutputSpec => ['li', 0],
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: (): DOMOutputSpec => ['br'],
    },
  },
  marks: {
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          // Only http(s) and mailto survive: a javascript: or data: link is read as plain text.
          getAttrs: (dom) => {
            const href = safeHref((dom as HTMLElement).getAttribute('href') ?? '');
            return href ? { href } : false;
          },
        },
      ],
      toDOM: (mark: Mark): DOMOutputSpec => ['a', { href: mark.attrs.href as string, rel: 'noopener noreferrer nofollow' }, 0],
    },
    italic: {
      // Inline styles (Word, Google Docs) are turned into tags before parsing: see paste.ts.
      parseDOM: [{ tag: 'i' }, { tag: 'em' }],
      toDOM: (): DOMOutputSpec => ['em', 0],
    },
    bold: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: (): DOMOutputSpec => ['strong', 0],
    },
  },
});

export const nodes = storySchema.nodes;
export const marks = storySchema.marks;
