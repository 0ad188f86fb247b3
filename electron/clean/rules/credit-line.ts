import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/**
 * "Source: Islamic Republic News Agency", "Credit: AFP", "(Courtesy of Reuters)" on a line of its own near the
 * end. The label needs its colon (a paragraph opening "Sources said…" or "Credit card debt…" is story text), and
 * the credited name is a short name, not a sentence.
 */
const LABELLED = /^\(?\s*(Source|Sources|Credit|Credits|Via)\s*[:：]\s*(.{2,100}?)\s*\)?\.?$/iu;
const COURTESY = /^\(?\s*(Courtesy(?: of)?)\s+(\p{Lu}.{1,80}?)\s*\)?\.?$/u;
const SENTENCE = /[.!?]\s+\S|\b(?:said|says|told|will|would|was|were|has|have|is|are)\b/iu;

export const creditLine: CleaningRule = {
  id: 'credit-line',
  explanation: 'Moved the credit line into the source and credit fields',
  propose: (copy) => {
    if (copy.extracted.credit) return [];
    const from = Math.max(1, copy.blocks.length - 4);
    for (let i = copy.blocks.length - 1; i >= from; i--) {
      const text = copy.blocks[i]?.text ?? '';
      const m = LABELLED.exec(text) ?? COURTESY.exec(text);
      if (m?.[1] && m[2] && !SENTENCE.test(m[2]) && m[2].split(/\s+/).length <= 8) {
        return [wholeBlock(copy, i, '', { credit: { label: m[1], value: m[2] } })];
      }
    }
    return [];
  },
};
