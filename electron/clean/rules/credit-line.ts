import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/**
 * "Source: Islamic Republic News Agency", "Credit: AFP", "(Courtesy of Reuters)" on a line of its own near the
 * end. The label needs its colon (a paragraph opening "Sources said…" or "Credit card debt…" is story text), and
 * the credited name is a short name, not a sentence.
 */
const LABELLED = /^\(?\s*(Source|Sources|Credit|Credits|Via)\s*[:：]\s*(.{2,100}?)\s*\)?\.?$/iu;
const COURTESY = /^\(?\s*(Courtesy(?: of)?)\s+(\p{Lu}.{1,80}?)\s*\)?\.?$/u;
/** PR Newswire's closing line names the issuer with the label in capitals and no colon: `SOURCE Digital Turbine, Inc.` */
const RELEASE_SOURCE = /^(SOURCE)\s+(\p{Lu}.{1,100}?)\s*\.?$/u;
/** A sentence, not a name: a full stop inside, or a verb. */
export const SENTENCE = /[.!?]\s+\S|\b(?:said|says|told|will|would|was|were|has|have|is|are)\b/iu;

const sameName = (a: string, b: string): boolean => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export const creditLine: CleaningRule = {
  id: 'credit-line',
  explanation: 'Moved the credit line into the source and credit fields',
  propose: (copy) => {
    const from = Math.max(1, copy.blocks.length - 4);
    for (let i = copy.blocks.length - 1; i >= from; i--) {
      const text = copy.blocks[i]?.text ?? '';
      const m = LABELLED.exec(text) ?? COURTESY.exec(text) ?? RELEASE_SOURCE.exec(text);
      if (!m?.[1] || !m[2] || SENTENCE.test(m[2]) || m[2].split(/\s+/).length > 8) continue;
      const known = copy.extracted.credit;
      if (!known) return [wholeBlock(copy, i, '', { credit: { label: m[1], value: m[2] } })];
      // A release names its issuer at the top (`Source: …`) and again at the end: the repeat goes too.
      return sameName(known.value, m[2]) ? [{ ...wholeBlock(copy, i), explanation: 'Removed the closing credit line, which repeats the credit above' }] : [];
    }
    return [];
  },
};
