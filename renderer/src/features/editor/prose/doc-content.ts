/** Between the editor's ProseMirror document and the flat StoryContent the store keeps (see story-content.ts). */
import { Fragment, type Mark, type Node as PMNode } from 'prosemirror-model';
import { marks, nodes, storySchema } from './schema';
import type { BlockType, InlineMark, StoryBlock, StoryContent } from './story-content';

type InlineMarkType = InlineMark['type'];

const MARK_ORDER: readonly InlineMarkType[] = ['link', 'bold', 'italic'];

/** A textblock's inline content as text ("\n" for a line break) and flat mark spans, adjacent runs joined. */
function readInline(block: PMNode): { text: string; marks: InlineMark[] } {
  let text = '';
  const spans: InlineMark[] = [];
  const open = new Map<string, { type: InlineMarkType; start: number; href?: string }>();
  const close = (key: string, end: number) => {
    const o = open.get(key);
    if (o && end > o.start) spans.push(o.href ? { type: o.type, start: o.start, end, href: o.href } : { type: o.type, start: o.start, end });
    open.delete(key);
  };
  block.forEach((child) => {
    const keys = new Set<string>();
    for (const mark of child.marks) {
      const type = mark.type.name as InlineMarkType;
      const href = type === 'link' ? (mark.attrs.href as string) : undefined;
      const key = `${type}|${href ?? ''}`;
      keys.add(key);
      if (!open.has(key)) open.set(key, href ? { type, start: text.length, href } : { type, start: text.length });
    }
    for (const key of [...open.keys()]) if (!keys.has(key)) close(key, text.length);
    text += child.isText ? (child.text ?? '') : child.type === nodes.hard_break ? '\n' : '';
  });
  for (const key of [...open.keys()]) close(key, text.length);
  spans.sort((a, b) => a.start - b.start || MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  return { text, marks: spans };
}

function block(node: PMNode, type: BlockType): StoryBlock {
  return { id: node.attrs.id as string, type, ...readInline(node) };
}

export function contentOf(doc: PMNode): StoryContent {
  const blocks: StoryBlock[] = [];
  doc.child(2).forEach((node) => {
    if (node.type === nodes.paragraph) blocks.push(block(node, 'paragraph'));
    else if (node.type === nodes.subhead) blocks.push(block(node, 'subhead'));
    else if (node.type === nodes.blockquote) node.forEach((p) => blocks.push(block(p, 'quote')));
    else if (node.type === nodes.bullet_list || node.type === nodes.ordered_list) {
      const type = node.type === nodes.bullet_list ? 'bullet' : 'ordered';
      node.forEach((item) => blocks.push(block(item.firstChild!, type)));
    }
  });
  return { headline: doc.child(0).textContent, abstract: doc.child(1).textContent, blocks };
}

function markOf(span: InlineMark): Mark {
  return span.type === 'link' ? marks.link.create({ href: span.href ?? '' }) : marks[span.type].create();
}

/** Inline nodes for a block's text and spans: cut at every span boundary and line break. */
function inline(text: string, spans: readonly InlineMark[], allowMarks: boolean): PMNode[] {
  const cuts = new Set<number>([0, text.length]);
  if (allowMarks) for (const s of spans) cuts.add(Math.max(0, Math.min(text.length, s.start))).add(Math.max(0, Math.min(text.length, s.end)));
  const points = [...cuts].sort((a, b) => a - b);
  const out: PMNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const active = allowMarks ? spans.filter((s) => s.start <= from && s.end >= to).map(markOf) : [];
    text.slice(from, to).split('\n').forEach((piece, k) => {
      if (k > 0) out.push(allowMarks ? nodes.hard_break.create() : storySchema.text(' '));
      if (piece) out.push(storySchema.text(piece, active));
    });
  }
  return out;
}

function textblock(b: StoryBlock): PMNode {
  if (b.type === 'subhead') return nodes.subhead.create({ id: b.id }, inline(b.text, [], false));
  return nodes.paragraph.create({ id: b.id }, inline(b.text, b.marks, true));
}

export function docOf(content: StoryContent): PMNode {
  const body: PMNode[] = [];
  const blocks = content.blocks;
  for (let i = 0; i < blocks.length; ) {
    const first = blocks[i]!;
    if (first.type === 'paragraph' || first.type === 'subhead') {
      body.push(textblock(first));
      i++;
      continue;
    }
    const run: PMNode[] = [];
    while (i < blocks.length && blocks[i]!.type === first.type) run.push(textblock(blocks[i++]!));
    if (first.type === 'quote') body.push(nodes.blockquote.create(null, run));
    else body.push((first.type === 'bullet' ? nodes.bullet_list : nodes.ordered_list).create(null, run.map((p) => nodes.list_item.create(null, p))));
  }
  if (body.length === 0) body.push(nodes.paragraph.create({ id: '' }));
  return nodes.doc.create(null, [
    nodes.headline.create(null, content.headline ? storySchema.text(content.headline.replace(/\n/g, ' ')) : null),
    nodes.abstract.create(null, content.abstract ? storySchema.text(content.abstract.replace(/\n/g, ' ')) : null),
    nodes.body.create(null, Fragment.from(body)),
  ]);
}
