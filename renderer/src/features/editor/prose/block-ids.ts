/**
 * Every body textblock keeps a unique id. A split copies the node's attributes to both halves, so after any
 * change the first block with an id keeps it and a later one carrying the same id (or none) gets a fresh one;
 * a join keeps the first block, and with it its id. Done as an appended transaction, outside the undo history's
 * own steps, so undo of a split also undoes the fresh id.
 */
import { Plugin } from 'prosemirror-state';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new block's id: `b-` and 12 random letters and digits (the store accepts these for blocks it never had). */
export function freshBlockId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = 'b-';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function blockIds(): Plugin {
  return new Plugin({
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      const seen = new Set<string>();
      const fix: number[] = [];
      const body = state.doc.child(2);
      const bodyStart = state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 1;
      body.descendants((node, pos) => {
        if (!node.isTextblock) return true;
        const id = node.attrs.id as string;
        if (!id || seen.has(id)) fix.push(bodyStart + pos);
        else seen.add(id);
        return false;
      });
      if (fix.length === 0) return null;
      const tr = state.tr;
      for (const pos of fix) tr.setNodeAttribute(pos, 'id', freshBlockId());
      return tr;
    },
  });
}
