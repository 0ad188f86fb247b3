import { findAgency } from '../../domain/agencies.js';
import type { CleaningRule } from '../rule.js';
import { wholeBlock } from '../working-copy.js';

/**
 * The agency's sign-off on the last line: `Reuter`, `REUTER`, `AP`, `dpa mb yy`, `AAP RTV`, `==Kyodo`,
 * `AFP ah/jm`, `(SDA/sj)` — the agency's name, maybe with the desk's initials. It is the wire's signature, not copy: it
 * leaves the body and, when nothing else has named the source, becomes the credit. A line the plain-text
 * reader ran into the last paragraph (`Net 12.6 mln vs 15.8 mln Reuter`) loses its tail only when the word
 * before it cannot govern a name ("told AFP", "said Reuters" are story text) — in a one-paragraph story too.
 */
const SIGN_OFF = /^(?:[=\-–—]{1,3}\s*)?(\p{L}[\p{L}-]{1,14})((?:\s+[\p{L}/]{1,7}){0,3})\s*(?:\.{2,}|…)?\s*$/u;
/** In brackets, the desk's initials after a slash: `(SDA/sj)`, `(ats/afp)`, and as some feeds escape it, `(SDA\/sj)`. */
const BRACKETED = /^\((\p{L}[\p{L}-]{1,14})((?:\s*\\?\/\s*\p{L}{1,7}){1,3})\)\s*$/u;
// A sign-off may come in lower case or trail off in dots, as teleprinter copy does (`…the Air Force said. reuter`, `REUTER...`).
const TAIL = /(\S+)\s+(?:[=\-–—]{1,3}\s*)?(Reuters?|REUTERS?|reuters?|AP|AFP|dpa|DPA|Kyodo|KYODO|AAP|ANSA|EFE|Xinhua|XINHUA)(?:\s+[A-Z]{2,4})?\s*(?:\.{2,}|…)?\s*$/u;
/** A copyright mark and the agency's name in brackets closing the last paragraph, as NTB signs (`…øst i landet.(©NTB)`). */
const COPYRIGHT_TAIL = /\s*\(\s*(?:©|\(c\)|\(C\))\s*(\p{L}[\p{L}-]{1,14})\s*\)\s*$/u;
const GOVERNS = /^(?:told|said|says|to|by|with|of|for|from|the|and|or|at|on|in|via|per|according|quoted|cited|reported|wrote|informed)$/iu;

function agencyOf(text: string): string | null {
  const bracketed = BRACKETED.exec(text.trim());
  if (bracketed?.[1]) return findAgency(bracketed[1]) ? bracketed[1] : null;
  const m = SIGN_OFF.exec(text.trim());
  if (!m?.[1]) return null;
  const name = m[1];
  // Initials after the name are short and not words of a sentence.
  const initials = (m[2] ?? '').trim();
  if (initials && initials.split(/\s+/u).some((w) => w.length > 4 && !/^[A-Z]+$/u.test(w))) return null;
  return findAgency(name) ? name : null;
}

export const signOff: CleaningRule = {
  id: 'sign-off',
  explanation: "Removed the agency's sign-off from the end of the story and took it as the source",
  propose: (copy) => {
    const last = copy.blocks.length - 1;
    const text = copy.blocks[last]?.text ?? '';
    if (last < 0 || text === '') return [];
    // The credit only when nothing else named the source: a dateline's agency (`PARIS (ats afp) -`) is the story's
    // credit, the sign-off under it the desk's (`(SDA/sj)`).
    const named = copy.extracted.credit || copy.extracted.dateline?.agency;
    const credit = (name: string) => (named ? {} : { credit: { label: 'Sign-off', value: normalName(name) } });
    // A block that is only the sign-off goes whole, unless it is all the story has left.
    const whole = agencyOf(text);
    if (whole) return last >= 1 ? [wholeBlock(copy, last, '', credit(whole))] : [];
    const marked = COPYRIGHT_TAIL.exec(text);
    if (marked?.[1] && findAgency(marked[1]) && marked.index > 0) {
      return [{ block: last, start: marked.index, end: text.length, replacement: '', extract: credit(marked[1]) }];
    }
    const tail = TAIL.exec(text);
    // After a full stop the name stands alone: a sign-off ("…injuries. ==Kyodo", "…ejemplares. EFE").
    if (!tail?.[2] || (!/[.!?"”]$/u.test(tail[1] ?? '') && GOVERNS.test((tail[1] ?? '').replace(/[^\p{L}]/gu, '')))) return [];
    const start = (tail.index ?? 0) + (tail[1] ?? '').length;
    return [{ block: last, start, end: text.length, replacement: '', extract: credit(tail[2]) }];
  },
};

/** `REUTER` → Reuters, `dpa` → dpa: the agency's own spelling, from the agency table. */
function normalName(name: string): string {
  const agency = findAgency(name);
  return agency ? agency.code : name;
}
