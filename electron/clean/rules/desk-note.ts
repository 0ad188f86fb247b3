import type { CleaningRule } from '../rule.js';
import { wholeBlock, type Edit } from '../working-copy.js';

/**
 * A line set between asterisks at the top or the foot of the copy (`*** Disclaimer: this is an automated
 * translation from finnish ***`, `*** EMBARGOED UNTIL 0600 GMT ***`) is the agency talking to the desk, not story
 * text: it goes to the editorial note. Only the first two and the last two paragraphs are looked at. So does a
 * write-through note opening the copy (`(Adds comments, detail)`), in the first two paragraphs.
 */
const STARRED = /^\*{2,}\s*(\S.{0,300}?)\s*\*{2,}$/u;
/**
 * A write-through note opening the copy: what this version changed, in brackets (`(Adds comments, detail)`,
 * `(Updates prices)`, `(Recasts, adds quotes)`, `(Corrects paragraph 3)`), the Reuters convention. It tells the
 * desk, not the reader; a bracket of one nesting level inside it is allowed.
 */
const WRITE_THROUGH =
  /^\((?:Adds|Updates|Recasts|Corrects|Changes|Fixes|Repeats|Refiles|Rewrites|Writes through|Removes|Inserts|Deletes|Moves|Clarifies|Tops|Combines|Expands|Advances|Reissues|Re-issues|Overhauls|Restructures|Replaces|Amends)\b[^()]{0,300}(?:\([^()]{0,80}\)[^()]{0,300})*\)/u;

export const deskNote: CleaningRule = {
  id: 'desk-note',
  explanation: "Moved the agency's note to the desk (a line between asterisks) into the editorial note",
  propose: (copy) => {
    const edits: Edit[] = [];
    const last = copy.blocks.length - 1;
    copy.blocks.forEach((b, i) => {
      if (i > 1 && i < last - 1) return;
      const note = STARRED.exec(b.text.trim())?.[1];
      if (note && copy.blocks.length > 1) {
        edits.push(wholeBlock(copy, i, '', { notes: [note] }));
        return;
      }
      // A write-through note in the first two paragraphs: the block, or its opening when the copy runs on after it.
      const lead = b.text.length - b.text.trimStart().length;
      const through = i <= 1 ? WRITE_THROUGH.exec(b.text.slice(lead)) : null;
      if (!through) return;
      const end = lead + through[0].length;
      const rest = b.text.slice(end);
      // The note alone is never all the story has.
      if (copy.blocks.length < 2 && rest.trim() === '') return;
      const gap = rest.length - rest.trimStart().length;
      edits.push({
        block: i, start: 0, end: rest.trim() === '' ? b.text.length : end + gap, replacement: '',
        extract: { notes: [through[0]] },
        explanation: `Moved the agency's write-through note ("${through[0]}") into the editorial note`,
      });
    });
    return edits;
  },
};
