import type { CleaningRule } from '../rule.js';
import { wholeBlock, type Edit } from '../working-copy.js';

/**
 * A line set between asterisks at the top or the foot of the copy (`*** Disclaimer: this is an automated
 * translation from finnish ***`, `*** EMBARGOED UNTIL 0600 GMT ***`) is the agency talking to the desk, not story
 * text: it goes to the editorial note. Only the first two and the last two paragraphs are looked at.
 */
const STARRED = /^\*{2,}\s*(\S.{0,300}?)\s*\*{2,}$/u;

export const deskNote: CleaningRule = {
  id: 'desk-note',
  explanation: "Moved the agency's note to the desk (a line between asterisks) into the editorial note",
  propose: (copy) => {
    const edits: Edit[] = [];
    const last = copy.blocks.length - 1;
    copy.blocks.forEach((b, i) => {
      if (i > 1 && i < last - 1) return;
      const note = STARRED.exec(b.text.trim())?.[1];
      if (note && copy.blocks.length > 1) edits.push(wholeBlock(copy, i, '', { notes: [note] }));
    });
    return edits;
  },
};
