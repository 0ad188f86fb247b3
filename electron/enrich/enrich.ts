/**
 * Cleaned copy → the story's metadata: headline, byline, dateline (with the year inferred where the copy gave
 * none), the agency and credit, slug, abstract and language.
 */
import type { Dateline, EditableFields, Paragraph, Source } from '../domain/article.js';
import { findAgency } from '../domain/agencies.js';
import { machineBlockId } from '../domain/story-body.js';
import { renderDatelineText } from '../domain/dateline-style.js';
import type { CleanResult } from '../clean/engine.js';
import type { CreditLine } from '../clean/working-copy.js';
import { resolveDatelineDate, type DatelineLead } from './dateline.js';
import { countryOf } from './gazetteer.js';
import { detectLanguage } from './language.js';

/**
 * The story's metadata. The desk's reading (entities, speakers, sources, flags, subjects) is a separate step,
 * desk-analysis.ts, that the pipeline runs when the story is opened or re-cleaned, so an import stays fast.
 */
export type Enriched = Omit<EditableFields, 'status' | 'keywords' | 'entities' | 'subjects'> & {
  readonly paragraphs: readonly Paragraph[];
};

const LEADING_BULLET = /^(?:[-–—•·*]+\s+)+/u;

export function enrich(cleaned: CleanResult, importedAt: Date): Enriched {
  const { blocks, extracted } = cleaned.copy;
  const paragraphs: Paragraph[] = blocks.map((b) => ({ id: machineBlockId(b.origin), text: b.text }));
  const source = sourceFrom(extracted.credit, extracted.dateline);
  // Without a headline line, the first sentence heads the story, without the dash or bullet that may open it.
  // A lede's sentence as the headline loses the dash some agencies close a lede with (AAP's `…gallops.-`).
  const headline = extracted.headline ?? firstSentence((paragraphs[0]?.text ?? '').replace(LEADING_BULLET, ''), 120).replace(/(?<=\S)\.?\s*[-–—]+$/u, '');
  return {
    headline,
    slugline: slugFrom(headline),
    byline: extracted.byline ?? '',
    abstract: firstSentence(paragraphs[0]?.text ?? '', 400),
    dateline: datelineFrom(extracted.dateline, source, importedAt),
    source,
    language: detectLanguage(leadText(paragraphs, 1500)),
    paragraphs,
  };
}

export const NO_SOURCE: Source = { name: '', code: null, credit: '' };

function sourceFrom(credit: CreditLine | null, lead: DatelineLead | null): Source {
  const wire = lead?.agency ? findAgency(lead.agency) : null;
  if (lead?.agency && wire?.releaseWire) {
    // A press release: the distributor in the dateline sent it; the issuer (its `Source:` line) is credited
    // through it, "Digital Turbine, Inc. via PRNewswire-AsiaNet".
    const issuer = credit?.value.trim();
    return { name: wire.name, code: wire.code, credit: issuer ? `${issuer} via ${lead.agency}` : lead.agency };
  }
  const named = credit?.value ?? lead?.agency ?? null;
  if (!named) return NO_SOURCE;
  const agency = findAgency(named);
  // The copy's own wording stays the credit; the table only supplies the code (and a full name for a bare code).
  const name = agency && agency.code.toLowerCase() === named.toLowerCase() ? agency.name : named;
  return { name, code: agency?.code ?? null, credit: named };
}

function datelineFrom(lead: DatelineLead | null, source: Source, importedAt: Date): Dateline {
  if (!lead) return { text: '', place: '', date: null, yearInferred: false, agency: null };
  const { date, yearInferred } = resolveDatelineDate(lead, importedAt);
  const agency = lead.agency ?? source.code;
  // The gazetteer gives the place's country ("Tehran" → IR); a region or country in the dateline is the fallback.
  const country = countryOf(lead.place) ?? (lead.region ? countryOf(lead.region) : null);
  return {
    text: renderDatelineText({ place: lead.place, date, agency }, importedAt),
    place: lead.place,
    ...(lead.region ? { region: lead.region } : {}),
    date,
    yearInferred,
    agency,
    country,
  };
}

const SLUG_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'at', 'by', 'with', 'from', 'as', 'is']);

/** A newsroom slug: the headline's first four significant words, lower case, hyphenated. */
export function slugFrom(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !SLUG_STOPWORDS.has(w)).slice(0, 4).join('-');
}

/** The story's opening, up to `max` characters: enough to tell its language. */
function leadText(paragraphs: readonly Paragraph[], max: number): string {
  let text = '';
  for (const p of paragraphs) {
    if (text.length >= max) break;
    text += `${p.text}\n`;
  }
  return text;
}

/**
 * A title or a place's abbreviation closed by its full stop stands before a name, never at a sentence's end:
 * `the St. Louis suburb`, `Mr. Smith`, `Gen. Petraeus`, `No. 2`.
 */
const TITLE_STOP = /(?:^|[\s(])(?:Mr|Mrs|Ms|Messrs|Dr|St|Ste|Mt|Ft|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Prof|Rev|Msgr|Supt|Insp|No|Nos)\.$/u;

/** An abbreviation written with a full stop after each letter: `U.S.`, `U.N.`, `E.U.`. */
const DOTTED_STOP = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
/** The words that open most sentences: after a dotted abbreviation, one of them starts a new sentence. */
const SENTENCE_OPENER =
  /^\s+["“]?(?:The|A|An|It|Its|He|She|His|Her|They|Their|We|Our|I|You|This|That|These|Those|There|Here|But|And|Or|So|Yet|In|On|At|For|From|To|By|With|If|When|While|After|Before|As|Since|Some|Many|Most|All|No|Not|One|Other|Others|Meanwhile|However|Also|Still|Now|Then|Officials|Analysts)\b/u;

function firstSentence(text: string, max: number): string {
  // A lone capital before the stop is an initial (`William H. Macy`), not a sentence's end.
  const ends = /(?<!(?:^|[\s(])\p{Lu})[.!?](?=\s+[\p{Lu}"“]|$)/gu;
  let m: RegExpExecArray | null;
  let sentence = text;
  while ((m = ends.exec(text)) !== null) {
    const upTo = text.slice(0, m.index + 1);
    if (m[0] === '.' && TITLE_STOP.test(upTo.slice(-8))) continue;
    // A dotted abbreviation (`U.S.`, `U.N.`) before a capitalised name runs on (`the U.S. House of
    // Representatives`); before a word that opens sentences (`… in the U.S. The company…`) it ends the sentence.
    if (m[0] === '.' && DOTTED_STOP.test(upTo.slice(-12)) && !SENTENCE_OPENER.test(text.slice(m.index + 1))) continue;
    sentence = upTo;
    break;
  }
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
}
