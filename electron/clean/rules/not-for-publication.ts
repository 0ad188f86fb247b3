import type { CleaningRule } from '../rule.js';
import { contactDetails } from '../../enrich/contact-details.js';
import type { Edit, WorkingCopy } from '../working-copy.js';

/**
 * What the agency says is not for publication never goes out: it moves to the editorial note, where the desk
 * still reads it. Four kinds, each a recorded change of its own:
 * - a section the agency marks as for the desk ("# Notebook", "Notizblock", "The following information is not
 *   intended for publication", "Note aux rédactions", "No publicar", "Ikke for publisering"…): the marker and
 *   everything after it. A marker is a short block that is nothing but the phrase (a heading), so story text that
 *   mentions publication is never touched; it is only looked for below the first third of the copy, where agencies
 *   put these sections.
 * - a paragraph that opens with such a phrase and a colon ("Note to editors: the figures are provisional"),
 *   anywhere: that paragraph alone.
 * - the desk's sign-off under the copy: the agency's code and its editors' initials (`dpa hm bs wjh`,
 *   `dpa tt xx n1`, `daa/mt/msr`).
 * - a transmission time stamp under it (`101137 GMT Dez 18`, `KWS-21:37-09-12-18` is an agency slug) and an end
 *   mark glued to the last paragraph (`…sustained injuries. ==Kyodo`).
 */

/** The phrases, by language. Lower case, without the trailing colon; matched against a normalised block. */
const DESK_PHRASES: readonly string[] = [
  // English
  'not for publication', 'not intended for publication', 'not to be published', 'not for broadcast',
  'the following information is not intended for publication', 'the following is not for publication',
  'note to editors', 'notes to editors', 'note for editors', 'notes for editors', 'for editors only',
  'editorial contacts', 'editorial contact', 'media contacts', 'media contact', 'press contacts', 'press contact',
  'notebook',
  // German
  'nicht zur veröffentlichung', 'nicht zur veröffentlichung bestimmt', 'nicht für die veröffentlichung',
  'die folgenden informationen sind nicht zur veröffentlichung bestimmt', 'notizblock', 'redaktionelle hinweise',
  'hinweis an die redaktion', 'hinweis an die redaktionen', 'hinweis für die redaktion', 'hinweise für redaktionen',
  'kontakte für redaktionen', 'pressekontakt', 'pressekontakte',
  // French
  'note aux rédactions', 'note à la rédaction', 'note aux rédacteurs', 'à l’attention des rédactions',
  "à l'attention des rédactions", 'ne pas publier', 'pas pour publication', 'non destiné à la publication',
  'les informations suivantes ne sont pas destinées à la publication', 'contact presse', 'contacts presse',
  // Spanish
  'no publicar', 'no para publicación', 'no destinado a publicación', 'nota a los editores',
  'nota para los editores', 'nota para editores', 'nota a las redacciones', 'nota para redacciones',
  'la siguiente información no es para publicación', 'contacto de prensa', 'contactos de prensa',
  // Italian
  'non per la pubblicazione', 'non pubblicare', 'non destinato alla pubblicazione', 'nota per le redazioni',
  'nota alle redazioni', 'contatti stampa',
  // Nordic: Swedish, Norwegian, Danish, Finnish
  'ej för publicering', 'inte för publicering', 'till redaktionen', 'ikke for publisering', 'ikke til publisering',
  'ikke til offentliggørelse', 'ikke til offentliggjørelse', 'ikke til publicering', 'til redaksjonen',
  'til redaktionen', 'ei julkaistavaksi', 'ei julkaistava', 'toimituksille tiedoksi',
];

const PHRASES = new Set(DESK_PHRASES.map((p) => p.normalize('NFC')));
const LONGEST_PHRASE = Math.max(...DESK_PHRASES.map((p) => p.length));

/** A block's words as the phrases are written: heading marks, brackets, star rules and the final colon gone. */
function asPhrase(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^[\s#*=_\-–—[(]+/u, '')
    .replace(/[\s:.*=_\-–—\])]+$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** A block that is nothing but a desk phrase: a section heading. */
function isMarker(text: string): boolean {
  return text.length <= LONGEST_PHRASE + 12 && PHRASES.has(asPhrase(text));
}

/** A paragraph that opens with a desk phrase and a colon ("Note to editors: …"). The length of its opening. */
function openingNote(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 5 || colon > LONGEST_PHRASE + 6) return false;
  const head = asPhrase(text.slice(0, colon));
  // "Notebook" and the contact headings open sections, not notes; as an opening they are too common a word.
  return PHRASES.has(head) && !head.includes('contact') && head !== 'notebook' && head !== 'notizblock';
}

/** A rule of stars or dashes between the story and its desk section (`* * * *`). */
const RULE_LINE = /^(?:[*_\-–—=]\s*){3,}$/u;

/** Agencies whose desks sign off with their code and the editors' initials. */
const AGENCY_CODES = 'dpa|afp|ap|apa|sda|ats|ansa|efe|epd|kna|rtr|reuters|ntb|tt|stt|ritzau|anp|belga|kyodo|aap|ctk|pap|mti|hina|sta';
const SIGN_OFF: readonly RegExp[] = [
  new RegExp(`^(?:${AGENCY_CODES})(?:\\s+[a-z][a-z0-9]{0,3}){1,8}$`, 'u'),
  // Initials between slashes (`daa/mt/msr`, `jh/ab`): two to six groups of two to four lower-case letters.
  /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,5}$/u,
  // The same in a script without case, as AFP's Arabic desks sign (`بور/غ ر/نور`, `ا ف ب/جص`): groups of one to four
  // letters, a group maybe spelt out letter by letter.
  /^\p{Lo}{1,4}(?: \p{Lo}{1,4}){0,2}(?:\/\p{Lo}{1,4}(?: \p{Lo}{1,4}){0,2}){1,5}$/u,
];

/** A transmission time stamp: `101137 GMT Dez 18` (day, hour, minute; zone; month; year). */
const TIME_STAMP = /^\d{6}\s+(?:GMT|UTC|MEZ|MESZ|CET|CEST|MEST|EST|EDT)\s+\p{L}{3}\.?\s+\d{2,4}$/u;

/**
 * An end mark glued to the last paragraph's end: ` ==Kyodo`, ` == AFP`, and the marks an agency closes its copy
 * with after the last full stop: a black square (` ■`, `□`, `◆`) or `Enditem` (Xinhua's). A word only after the
 * sentence's end, so a last sentence that merely ends on such a word is copy.
 */
const GLUED_END_MARK = /(?:\s+==\s?\p{L}[\p{L}-]{1,20}|(?<=[.!?"”’)])\s*(?:[■□◆]|\b(?:Enditem|ENDITEM|End item)\b\.?))\s*$/u;
/** The same end marks alone on the last line. */
const END_MARK_LINE = /^(?:[■□◆]|Enditem|ENDITEM|End item)\.?$/u;

function deskSection(copy: WorkingCopy): Edit[] {
  const n = copy.blocks.length;
  // Below the first third of the copy, by blocks or by characters: a desk section of many short lines under a
  // story of two paragraphs (dpa's notebook under a brief) starts within the first third of the blocks.
  const from = Math.max(1, Math.floor(n / 3));
  const total = copy.blocks.reduce((sum, b) => sum + b.text.length, 0);
  let before = 0;
  for (let i = 1; i < n; i++) {
    before += copy.blocks[i - 1]?.text.length ?? 0;
    if (i < from && before < total / 3) continue;
    if (!isMarker(copy.blocks[i]?.text.trim() ?? '')) continue;
    // A star rule right above the marker belongs to the section.
    let start = i;
    while (start > 1 && RULE_LINE.test(copy.blocks[start - 1]?.text.trim() ?? '')) start--;
    const edits: Edit[] = [];
    for (let b = start; b < n; b++) {
      const text = copy.blocks[b]?.text ?? '';
      const note = text.trim();
      edits.push({
        block: b, start: 0, end: text.length, replacement: '',
        ...(note && !RULE_LINE.test(note) ? { extract: { notes: [note] } } : {}),
        explanation: `Moved the agency's section not for publication ("${copy.blocks[i]?.text.trim()}") to the editorial note`,
      });
    }
    return edits;
  }
  return [];
}

/** Contact headings as a release opens its last block with them ("Media Contact: …", "Pressekontakt: …"). */
function contactOpening(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 5 || colon > LONGEST_PHRASE + 6) return false;
  const head = asPhrase(text.slice(0, colon));
  return PHRASES.has(head) && /contact|kontakt|contatti|contacto/u.test(head);
}

/**
 * A release's contact block under its text: a block in the last four that opens with a contact heading and a
 * colon ("Media Contact: North 6th Agency / Diana Kozak") and, with the blocks after it, holds a phone number or
 * an e-mail address. It and everything after it go to the editorial note. Story text that opens a paragraph with
 * "Contact:" is not a contact block unless contact details follow, and never above the last four blocks.
 */
function contactBlock(copy: WorkingCopy, taken: ReadonlySet<number>): Edit[] {
  const n = copy.blocks.length;
  for (let i = Math.max(1, n - 4); i < n; i++) {
    if (taken.has(i)) return [];
    const head = copy.blocks[i]?.text.trim() ?? '';
    if (!contactOpening(head)) continue;
    const rest = copy.blocks.slice(i).map((b) => b.text).join('\n');
    if (contactDetails(rest).length === 0) continue;
    const edits: Edit[] = [];
    for (let b = i; b < n; b++) {
      if (taken.has(b)) continue;
      const text = copy.blocks[b]?.text ?? '';
      const note = text.trim();
      edits.push({
        block: b, start: 0, end: text.length, replacement: '',
        ...(note ? { extract: { notes: [note] } } : {}),
        explanation: `Moved the release's contact block ("${head.slice(0, head.indexOf(':') + 1)}") to the editorial note`,
      });
    }
    return edits;
  }
  return [];
}

export const notForPublication: CleaningRule = {
  id: 'not-for-publication',
  explanation: 'Moved what the agency marks as not for publication (desk notes, contacts, sign-offs, time stamps) to the editorial note',
  propose: (copy) => {
    const section = deskSection(copy);
    const contacts = contactBlock(copy, new Set(section.map((e) => e.block)));
    const taken = new Set([...section, ...contacts].map((e) => e.block));
    const edits: Edit[] = [...section, ...contacts];
    const n = copy.blocks.length;
    copy.blocks.forEach((b, block) => {
      if (taken.has(block) || n < 2) return;
      const text = b.text.trim();
      if (openingNote(text)) {
        edits.push({ block, start: 0, end: b.text.length, replacement: '', extract: { notes: [text] },
          explanation: "Moved a note to the desk that is not for publication to the editorial note" });
        return;
      }
      // Sign-offs and time stamps stand under the copy: only the last four blocks are looked at.
      if (block < n - 4 || block === 0) return;
      if (text.length <= 40 && SIGN_OFF.some((re) => re.test(text))) {
        edits.push({ block, start: 0, end: b.text.length, replacement: '', extract: { notes: [text] },
          explanation: "Moved the desk's sign-off (agency code and editors' initials) to the editorial note" });
      } else if (text.length <= 30 && TIME_STAMP.test(text)) {
        edits.push({ block, start: 0, end: b.text.length, replacement: '', extract: { notes: [text] },
          explanation: "Moved the agency's transmission time stamp to the editorial note" });
      }
    });
    // The last block with text: an end mark glued to its end.
    for (let block = n - 1; block >= 1; block--) {
      if (taken.has(block) || edits.some((e) => e.block === block)) continue;
      const text = copy.blocks[block]?.text ?? '';
      if (!text.trim()) continue;
      if (END_MARK_LINE.test(text.trim())) {
        edits.push({ block, start: 0, end: text.length, replacement: '', extract: { notes: [text.trim()] },
          explanation: `Moved the agency's end mark "${text.trim()}" to the editorial note` });
        break;
      }
      const m = GLUED_END_MARK.exec(text);
      if (m && m.index > 0) {
        edits.push({ block, start: m.index, end: text.length, replacement: '', extract: { notes: [m[0].trim()] },
          explanation: `Moved the agency's end mark "${m[0].trim()}" to the editorial note` });
      }
      break;
    }
    return edits.sort((a, b) => a.block - b.block || a.start - b.start);
  },
};
