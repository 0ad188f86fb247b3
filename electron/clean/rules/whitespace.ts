import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/** Non-breaking and other odd spaces, runs of spaces, and control characters inside a paragraph. */
const ODD_SPACE = /[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\t]/gu;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/gu;

export const whitespace: CleaningRule = {
  id: 'whitespace',
  explanation: 'Normalised spacing (non-breaking spaces, double spaces, control characters)',
  propose: (copy) =>
    copy.blocks.flatMap((b, block): Edit[] => {
      const next = b.text.replace(CONTROL, '').replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ').trim();
      return next === b.text ? [] : [{ block, start: 0, end: b.text.length, replacement: next }];
    }),
};
