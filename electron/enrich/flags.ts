/**
 * The attribution and style linter. Every flag names the paragraph, the text, the reason and a suggested fix;
 * nothing is ever changed by the linter itself. Checks, by paragraph:
 *   - a claim in the agency's own voice (no speaker) with evaluative wording or figures and no source;
 *   - a bare "a source" / "sources said" / "officials said";
 *   - a loaded term from the house glossary outside direct quotes (reported speech is the agency's wording);
 *   - AP style: numbers one to nine as words, "percent" as %, months abbreviated before a date, formal titles
 *     capitalised before a name and lower case without one;
 *   - spelling, for English copy, with the offline dictionary (spelling.ts). The linter only finds the unknown
 *     words; their suggested fixes are filled in when the story is opened (withSpellingSuggestions), because
 *     suggesting is the slow part of a spell check and an import must not pay for it;
 *   - contact details (phone numbers, e-mail addresses) the agency left for the desk (contact-details.ts).
 */
import type { Flag, FlagKind, GlossaryTerm } from '../domain/desk.js';
import { contactDetails } from './contact-details.js';
import { suggestSpelling, unknownWords } from './spelling.js';
import type { SpeakerTagged } from './speakers.js';

const EVALUATIVE = /\b(?:greedy|heinous|brutal|atrocit(?:y|ies)|conspirac(?:y|ies)|crimes?|aggression|so-called|undoubtedly|clearly|obviously|inevitabl[ey]|shameful|baseless|illegitimate|puppet|criminal)\b/i;
const FIGURES = /\b\d[\d,.]*\s*(?:%|percent|per cent|people|dead|killed|injured|million|billion)\b/i;
const VAGUE = /\b(?:(?:a|one|informed|unnamed|anonymous) sources?|sources (?:said|say|told|close to)|according to sources|officials (?:said|say)|an official said)\b/gi;
// A figure below 10 alone: not the first group of "5,000" or "5.5" (a comma or point then a digit goes on).
const DIGITS = /(?<=[\s(])([1-9])(?=[\s;)]|,(?!\d)|\.(?:\s|$))(?!\s*(?:%|percent|per cent|a\.m\.|p\.m\.|years? old|million|billion))/g;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const PERCENT = /\b(\d[\d,.]*)\s*(percent|per cent)\b/gi;
const MONTH_DATE = /\b(January|February|August|September|October|November|December)\s+(\d{1,2})\b/g;
const AP_MONTH: Readonly<Record<string, string>> = {
  January: 'Jan.', February: 'Feb.', August: 'Aug.', September: 'Sept.', October: 'Oct.', November: 'Nov.', December: 'Dec.',
};

const TITLES = 'president|prime minister|vice president|minister|secretary|governor|mayor|chancellor|senator|ambassador|spokesman|spokeswoman';
/** AP: a formal title is capitalised directly before a name ("President Joe Biden")… */
const TITLE_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(${TITLES}) (?=\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)`, 'gu');
/** …and lower case standing alone ("the president said"). */
const TITLE_ALONE = new RegExp(`\\bthe (President|Prime Minister|Vice President|Governor|Mayor|Chancellor|Senator|Ambassador)(?! \\p{Lu})\\b`, 'gu');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Spans of the paragraph inside direct quotation marks. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!text.includes('"') && !text.includes('“')) return spans;
  for (const m of text.matchAll(/["“][^"”]*["”]/g)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return spans;
}

const inside = (spans: readonly [number, number][], at: number) => spans.some(([a, b]) => at >= a && at < b);

export interface CompiledGlossary {
  /** One pass over the text for every term, longest first, so "Zionist regime" wins over "regime". */
  readonly re: RegExp | null;
  readonly terms: ReadonlyMap<string, GlossaryTerm>;
}

export function compileGlossary(glossary: readonly GlossaryTerm[]): CompiledGlossary {
  const usable = glossary.filter((g) => g.term.trim() !== '').sort((a, b) => b.term.length - a.term.length);
  const terms = new Map(usable.map((g) => [g.term.toLowerCase(), g]));
  const re = usable.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map((g) => escape(g.term)).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return { re, terms };
}

/** A flag before it is anchored to its block (desk-analysis.ts gives it its block id and quote). */
export type LintFinding = Omit<Flag, 'anchor'>;

export function lintParagraphs(
  texts: readonly string[],
  speakers: readonly SpeakerTagged[],
  glossary: CompiledGlossary,
  options: { readonly language?: string } = {},
): LintFinding[] {
  const flags: LintFinding[] = [];
  const add = (kind: FlagKind, paragraph: number, text: string, reason: string, suggestion: string | null) => {
    const id = `${kind}@${paragraph}:${text}`;
    if (!flags.some((f) => f.id === id)) flags.push({ id, kind, paragraph, text, reason, suggestion });
  };
  texts.forEach((text, p) => {
    const speaker = speakers[p]?.speaker ?? null;
    const quotes = quotedSpans(text);
    if (speaker === null && !/\baccording to\b/iu.test(text)) {
      const claim = EVALUATIVE.exec(text) ?? FIGURES.exec(text);
      if (claim) {
        add('unattributed-claim', p, claim[0], `A claim in the agency's own voice ("${claim[0]}") with no source for it`, null);
      }
    }
    for (const m of text.matchAll(VAGUE)) {
      add('vague-source', p, m[0], 'An unnamed source: name it, or say why it cannot be named and how it knows', null);
    }
    if (glossary.re) {
      for (const m of text.matchAll(glossary.re)) {
        const term = glossary.terms.get(m[0].toLowerCase());
        if (!term || inside(quotes, m.index ?? 0)) continue;
        add('loaded-term', p, m[0], `"${m[0]}" outside a direct quote is the agency's own wording: ${term.note}`, term.suggestion);
      }
    }
    for (const m of text.matchAll(DIGITS)) {
      const n = Number(m[1]);
      add('style', p, m[0], 'AP style: spell out whole numbers below 10', NUMBER_WORDS[n - 1] ?? null);
    }
    for (const m of text.matchAll(PERCENT)) add('style', p, m[0], 'AP style: use the % sign with a figure', `${m[1] ?? ''}%`);
    for (const m of text.matchAll(MONTH_DATE)) {
      add('style', p, m[0], 'AP style: abbreviate the month before a date', `${AP_MONTH[m[1] ?? ''] ?? m[1] ?? ''} ${m[2] ?? ''}`);
    }
    for (const m of text.matchAll(TITLE_BEFORE_NAME)) {
      const title = m[1] ?? '';
      const fixed = title.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
      add('style', p, m[0].trim(), 'AP style: capitalise a formal title directly before a name', fixed);
    }
    for (const m of text.matchAll(TITLE_ALONE)) {
      add('style', p, m[0], 'AP style: a title standing without a name is lower case', m[0].toLowerCase());
    }
    for (const c of contactDetails(text)) {
      const what = c.kind === 'phone' ? 'A phone number' : 'An e-mail address';
      add('contact-details', p, c.text, `${what} in the body: agencies leave contacts for the desk, not for readers`, null);
    }
  });
  if (options.language?.toLowerCase().startsWith('en')) {
    unknownWords(texts).forEach((found, p) => {
      for (const word of found) add('spelling', p, word, `"${word}" is not in the English dictionary`, null);
    });
  }
  return flags;
}

/** The spelling flags with the dictionary's suggestion filled in (each word's suggestion is remembered). */
export function withSpellingSuggestions<F extends LintFinding>(flags: readonly F[]): F[] {
  return flags.map((f) => (f.kind === 'spelling' && f.suggestion === null ? { ...f, suggestion: suggestSpelling(f.text) } : f));
}
