import type { CleaningRule } from '../rule.js';
import type { Edit } from '../working-copy.js';

/**
 * The teleprinter's `more` at the end of a take, with the operator's initials (`more ug`, AAP's results): the story
 * goes on in the next message. Not copy, but the desk must know the item is not whole: it becomes a note.
 */
const MORE_LINE = /^\(?(?:MORE|more)(?:\s+[a-z]{1,4})?\)?$/u;

/**
 * Agency codes and slugs left in the text: end marks ("(ENDS)", "-- 30 --", "###", "/ritzau/", "Lusa/Fim", "AP-WF-07-23-24 1532GMT"),
 * transmission slugs and take codes on a line of their own. A line must be nothing but the code, so story text
 * that merely mentions one is never touched.
 */
const CODE_LINES: readonly RegExp[] = [
  /^\(?\s*(?:ENDS?|END ITEM|MORE|OK|XXX|nnnn|NNNN)\s*\)?\.?$/u,
  MORE_LINE,
  /^[-–—=]*\s*30\s*[-–—=]*$/u,
  /^#{3,}$/u,
  /^[A-Z]{2,6}-[A-Z]{2,4}(?:-[0-9A-Z]{2,6})+(?:\s+\d{3,4}\s*(?:GMT|UTC|EDT|EST|Z))?$/u,
  /^\d{3,4}\s*(?:GMT|UTC|EDT|EST)$/u,
  /^(?:[A-Z]{2,}\/){1,}[A-Z0-9]{2,}$/u,
  // An agency's sign-off between slashes, as Ritzau ends its copy: `/ritzau/`.
  /^\/\p{L}{2,15}\/$/u,
  // Lusa's end mark, in Portuguese, after its name or alone: `Lusa/Fim`, `FIM`.
  /^(?:\p{L}{2,15}\s*\/\s*)?(?:Fim|FIM)\.?$/u,
  // Lusa's writer's and editor's initials, parted by a double slash: `MA // EA`.
  /^\p{Lu}{1,4}(?:\s*\/\/\s*\p{Lu}{1,4})+$/u,
];

/**
 * The transmission code AP puts above a story (`AP-WF-11-30-26 1532GMT`: service, date, time), which plain text
 * runs into the headline below it. Its date groups tell it from a slug: it is never a dateline or a headline.
 */
const TRANSMISSION_PREFIX = /^[A-Z]{2,6}-[A-Z]{2,4}(?:-\d{2,4}){2,3}(?:\s+\d{3,4}\s*(?:GMT|UTC|EDT|EST|Z))?\s+(?=\S)/u;

export const agencySlug: CleaningRule = {
  id: 'agency-slug',
  explanation: 'Removed an agency code or slug left in the text (end mark, transmission code, take code)',
  propose: (copy) =>
    copy.blocks.flatMap((b, block): Edit[] => {
      // Codes are short lines: a paragraph of story text is never even tested.
      if (b.text.length <= 60 && CODE_LINES.some((re) => re.test(b.text.trim()))) {
        // Only under the copy: a take's `more` above it would be a headline's word.
        const more = MORE_LINE.test(b.text.trim()) && block > 0;
        return [{ block, start: 0, end: b.text.length, replacement: '', ...(more ? { extract: { notes: ['More to come: the story goes on in the next take'] } } : {}) }];
      }
      const lead = block === 0 ? TRANSMISSION_PREFIX.exec(b.text) : null;
      return lead ? [{ block, start: 0, end: lead[0].length, replacement: '' }] : [];
    }),
};
