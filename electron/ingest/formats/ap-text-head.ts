/**
 * The text of AP's ANPA-1312 copy, read by AP's conventions for it:
 *
 *  - a heading line opens with `^` and is closed by a quad mark: `<` (‹ in Windows-1252 copy) or `=` (the lines
 *    set centred: a table's title, the byline and the writer's title under it);
 *  - the head, in AP's order: the slug line repeated (`BC-…`), the headline, `AP Photo …` lines (the numbers of
 *    the photos that go with the story), `Eds:` notes to editors, a summary sentence, then the byline
 *    (`By NAME and NAME`) and the writer's title (`AP Sports Writer`, `Associated Press`), which close the head;
 *  - the text: a paragraph a line, a tab opening each paragraph of prose (a table's rows are not indented); a
 *    heading line in the text (a table's division) is a paragraph of its own, and so is a `^` line left open (a
 *    table's column heads).
 */
import type { Author } from '../../domain/article.js';
import type { WireMeta } from '../wire-draft.js';
import { isSlugLine, readSlugLine, type SlugFields } from './anpa-header.js';
import { compact, nonEmpty } from './meta-helpers.js';

const HEAD_LINE = /^\^(.*?)\s*[<‹=]\s*$/u;
/** The quad mark that closes the last line of a group in the text (`…, 10:10 p.m.<`, `___=`): typesetting, not words. */
const QUAD_MARK = /\s*[<‹=]\s*$/u;
const EDS = /^Eds?[:.]\s*/iu;
const PHOTO = /^AP\s+(?:Photos?|Graphics?|Video)\b/iu;
const BY = /^By\s+(?=\S)/u;
/** A writer's title line names a post or the agency (`AP Sports Writer`, `Associated Press Writer`, `Associated Press`). */
const TITLE_WORDS = /\b(?:Writer|Correspondent|Editor|Columnist|Critic|Reporter|Photographer|Staff|Bureau|Chief|Press|AP)\b/u;

/**
 * AP sends a paragraph a line. Copy wrapped at a column on the way (a line running on into the next: no sentence's
 * end, the next line in lower case and not indented) is read as plain text instead.
 */
function wrapped(lines: readonly string[]): boolean {
  let previous = '';
  for (const line of lines) {
    if (line.trim() === '') {
      previous = '';
      continue;
    }
    const text = headingLine(line) === null;
    if (text && previous !== '' && !/^\t/u.test(line) && /^\s*\p{Ll}/u.test(line) && !/[.!?:;"'’”)<‹=]$/u.test(previous)) return true;
    previous = text ? line.trim() : '';
  }
  return false;
}

export interface ApText {
  readonly meta: WireMeta;
  /** The text's paragraphs, when its lines are paragraphs (AP's copy is not wrapped). */
  readonly blocks: readonly string[] | null;
  /** The text after the head, when its lines are wrapped and must be read as plain text. */
  readonly rest: string;
}

/** The heading line's words, without its `^` and its quad mark; null for a line of the text. */
export function headingLine(line: string): string | null {
  const m = HEAD_LINE.exec(line.trim());
  return m ? (m[1] ?? '').trim() : null;
}

function isWriterTitle(line: string): boolean {
  return line.split(/\s+/u).length <= 6 && TITLE_WORDS.test(line) && !/[.!?]$/u.test(line) && !BY.test(line);
}

/** A summary sentence in the head, under the headline: a whole sentence, not a deck of a few words. */
function isSummary(line: string): boolean {
  return /[.!?]["”’)]?$/u.test(line) && line.split(/\s+/u).length >= 8;
}

/** `PAUL BYRNE and ALMUDENA CALATRAVA`, `A, B and C` → the names, each with the title line as role. */
function authorsOf(byline: string, title: string): Author[] {
  return byline
    .split(/\s*,\s*|\s+and\s+/u)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => ({ name, role: title }));
}

/**
 * AP's ANPA text writes the marks its 7-bit character set lacks with ones it has: ``…'' for the double quotes, ` for
 * an opening single quote, a spaced underscore for the dash (`ATLANTA (AP) _ Luol Deng`, `had 19 _ season highs`).
 * Read as the marks they stand for; the dash as a spaced hyphen, which cleaning sets in the house's dash.
 */
function apCharacters(text: string): string {
  return text.replace(/``|''/gu, '"').replace(/`/gu, "'").replace(/(?<=\S) _ (?=\S)/gu, ' - ');
}

export function readApText(copy: string): ApText | null {
  const first = copy.split('\n').find((l) => l.trim() !== '');
  if (first === undefined || headingLine(first) === null) return null;
  const lines = apCharacters(copy).split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  let slug: SlugFields = {};
  let headline: string | undefined;
  let abstract: string | undefined;
  let byline: string | undefined;
  let title: string | undefined;
  const notes: string[] = [];
  const photos: string[] = [];
  /** Heading lines that are none of the head's fields (`All Times EDT` over a table): the text's first paragraphs. */
  const extra: string[] = [];
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const line = headingLine(raw);
    if (line === null) break;
    if (line === '') continue;
    if (headline === undefined && slug.slugline === undefined && isSlugLine(line)) slug = readSlugLine(line);
    else if (EDS.test(line)) notes.push(line.replace(EDS, ''));
    else if (PHOTO.test(line)) photos.push(line);
    else if (BY.test(line)) {
      byline = line.replace(BY, '');
      let k = i + 1;
      while (k < lines.length && (lines[k] ?? '').trim() === '') k++;
      const next = headingLine(lines[k] ?? '');
      if (next !== null && isWriterTitle(next)) {
        title = next;
        i = k;
      }
      // The byline block closes the head: the heading lines below it belong to the text (a table's divisions).
      i++;
      break;
    } else if (headline === undefined) headline = line;
    else if (abstract === undefined && isSummary(line)) abstract = line;
    else extra.push(line);
  }
  const restLines = lines.slice(i);
  const blocks = wrapped(restLines)
    ? null
    : [...extra, ...restLines.map((l) => headingLine(l) ?? l.trim().replace(/^\^/u, '').replace(QUAD_MARK, '')).filter((l) => l !== '')];
  const rest = [...extra.map((l) => `${l}\n`), ...restLines.map((l) => (headingLine(l) !== null ? `\n${headingLine(l) ?? ''}\n` : l.replace(QUAD_MARK, '')))].join('\n');
  return {
    meta: compact({
      headline: nonEmpty(headline),
      abstract: nonEmpty(abstract),
      byline: nonEmpty(byline),
      authors: byline && title ? authorsOf(byline, title) : undefined,
      slugline: slug.slugline,
      takeKey: slug.takeKey,
      subjects: slug.subjects,
      wordCount: slug.wordCount,
      ednote: nonEmpty([...notes, ...photos].join(' ')),
    }),
    blocks,
    rest,
  };
}
