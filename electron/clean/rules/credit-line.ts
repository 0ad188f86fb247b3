import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/** "Source: Islamic Republic News Agency", "Credit: AFP", "Courtesy of Reuters" near the end of the copy. */
const CREDIT = /^\(?\s*(Source|Sources|Credit|Courtesy(?: of)?|Via)\s*[:：-]?\s+(.{2,150}?)\s*\)?\.?$/iu;

export const creditLine: CleaningRule = {
  id: 'credit-line',
  explanation: 'Moved the credit line into the source and credit fields',
  propose: (copy) => {
    if (copy.extracted.credit) return [];
    const from = Math.max(0, copy.blocks.length - 4);
    for (let i = copy.blocks.length - 1; i >= from; i--) {
      const text = copy.blocks[i]?.text ?? '';
      const m = CREDIT.exec(text);
      if (m?.[1] && m[2] && !/[.!?].+\s/.test(m[2])) {
        return [wholeBlock(copy, i, '', { credit: { label: m[1], value: m[2] } })];
      }
    }
    return [];
  },
};
