import { matchDateOnly, matchDatelineLead, matchDatelineLine, type DatelineLead } from '../../enrich/dateline.js';
import type { CleaningRule } from '../rule.js';
import { leadTextBlock, wholeBlock, type Edit, type WorkingCopy } from '../working-copy.js';
import { looksLikeHeadline } from './headline.js';

/**
 * The dateline opening the first paragraph moves to the dateline field; the paragraph keeps its first sentence.
 * Under the headline, a standfirst (one short line without a full stop: a release's subtitle) may stand above
 * that paragraph; the dateline is looked for below it too. A dateline on a line of its own goes whole. A release
 * date standing alone under the headline ("Tue 13 October 2015") is the dateline's date; a dateline right below it
 * keeps its place and takes that date when it has none. A dateline alone on its line with its date (`LOUISVILLE,
 * Ky., Feb 26 -`, above an earnings table) is the dateline with an empty lead paragraph: the block goes whole.
 * Summary bullets opening the story stay above it; the dateline opens the first paragraph below them.
 */
export const dateline: CleaningRule = {
  id: 'dateline',
  explanation: 'Moved the dateline out of the first paragraph into the dateline field',
  propose: (copy, ctx) => {
    if (copy.extracted.dateline) return [];
    // Summary bullets above the lead (`* Dollar index down`) are not its first paragraph.
    const i = leadTextBlock(copy);
    const first = copy.blocks[i];
    if (!first) return [];
    const lead = matchDatelineLead(first.text);
    if (lead) return [{ block: i, start: 0, end: lead.raw.length, replacement: '', extract: { dateline: lead } }];
    const line = matchDatelineLine(first.text);
    if (line) return [wholeBlock(copy, i, '', { dateline: line })];
    const alone = matchDateOnly(first.text);
    if (alone) return releaseDate(copy, i, alone);
    const next = copy.blocks[i + 1];
    // A teaser of two sentences above the dated paragraph (dpa's `Vorspann`): the dateline that names its agency
    // (`Peine (dpa/lni) - …`) opens the paragraph below it — unless more datelines follow (a digest of stories).
    const underTeaser = next && isTeaser(first.text) ? matchDatelineLead(next.text) : null;
    if (underTeaser?.agency && !copy.blocks.slice(i + 2).some((b) => matchDatelineLead(b.text))) {
      return [{ block: i + 1, start: 0, end: underTeaser.raw.length, replacement: '', extract: { dateline: underTeaser } }];
    }
    // A picture's caption above the dated lead, as an agency's web copy sends it (`An aerial photo taken on May 1
    // shows … (Photo by Jo Lin/Xinhua)`): it is no paragraph of the story. It goes to the note; the lead keeps its
    // dateline. Only a caption closed by its photo credit, and only with a dateline right below it.
    const underCaption = next && PHOTO_CREDIT_END.test(first.text.trim()) ? matchDatelineLead(next.text) : null;
    if (underCaption) {
      return [
        wholeBlock(copy, i, '', { notes: [first.text.trim()] }),
        { block: i + 1, start: 0, end: underCaption.raw.length, replacement: '', extract: { dateline: underCaption } },
      ];
    }
    // Only under a headline already read: otherwise the short first line is the headline itself, kept by the editor.
    if (!next || !(copy.extracted.headline || ctx.headline)) return [];
    if (!looksLikeHeadline(first.text) && !NOTICE.test(first.text)) return [];
    const below = matchDatelineLead(next.text) ?? matchDatelineLine(next.text);
    if (below) return [{ block: i + 1, start: 0, end: below.raw.length, replacement: '', extract: { dateline: below } }];
    return deeper(copy, i + 1);
  },
};

/**
 * A caption's closing photo credit in brackets: `(Photo by Jo Lin/Xinhua)`, `(AP Photo/Jo Lin)`, `(Xinhua/Jo Lin)`,
 * `(Photo: Jo Lin)`. A photographer's name and an agency, or the word photo: never a sentence's aside.
 */
const PHOTO_CREDIT_END = /\((?:(?:\p{L}+\s)?Photos?\b[^()]{0,60}|\p{Lu}[\p{L}-]{1,20}\/\p{Lu}[\p{L}.' -]{1,40})\)$/u;

/** The longest teaser looked over for the dateline below it. */
const TEASER_MAX = 320;

/** A teaser: two or three sentences, short, closed by a full stop (or a closing quote). */
function isTeaser(text: string): boolean {
  const t = text.trim();
  if (t.length > TEASER_MAX || !/[.!?][»"“”]?$/u.test(t)) return false;
  const sentences = t.split(/(?<=[.!?][»"“”]?)\s+(?=[\p{Lu}«"„“])/u).length;
  return sentences >= 2 && sentences <= 3;
}

/** A notice closed by a colon, introducing what follows (`… La version complète et corrigée suit :`). */
const NOTICE = /[:：]\s*$/u;
/** How far down a release's head may run: a notice, the title again, three subtitles. */
const HEAD_BLOCKS = 6;

/**
 * Deeper under a release's head: the headline repeated, its subtitles (short lines without a full stop) and a
 * notice closed by a colon (GlobeNewswire's corrected releases) may all stand above the dated paragraph. Only
 * such lines: a paragraph of copy above ends the search.
 */
function deeper(copy: WorkingCopy, from: number): Edit[] {
  for (let k = from; k < Math.min(copy.blocks.length, from + HEAD_BLOCKS); k++) {
    const text = copy.blocks[k]?.text ?? '';
    const lead = matchDatelineLead(text);
    if (lead) return [{ block: k, start: 0, end: lead.raw.length, replacement: '', extract: { dateline: lead } }];
    if (!looksLikeHeadline(text) && !NOTICE.test(text)) return [];
  }
  return [];
}

function releaseDate(copy: WorkingCopy, i: number, date: DatelineLead): Edit[] {
  let k = i + 1;
  let below = copy.blocks[k] ? matchDatelineLead(copy.blocks[k]?.text ?? '') : null;
  // A standfirst (one short line without a full stop) may stand between the date and the dated paragraph, as a
  // web page's summary does under its date: `May 13 2021` / `India opened its vaccine drive…` / `New Delhi (AFP) - …`.
  const standfirst = copy.blocks[k]?.text ?? '';
  if (!below && standfirst !== '' && looksLikeHeadline(standfirst) && copy.blocks[k + 1]) {
    k += 1;
    below = matchDatelineLead(copy.blocks[k]?.text ?? '');
  }
  if (!below) return [wholeBlock(copy, i, '', { dateline: date })];
  const dated: DatelineLead = below.day ? below : { ...below, month: date.month, day: date.day, year: date.year };
  return [wholeBlock(copy, i), { block: k, start: 0, end: below.raw.length, replacement: '', extract: { dateline: dated } }];
}
