/**
 * Source tagging inside the text: who each paragraph is attributed to. Reads direct quotes, reported speech
 * ("X said that…", "…, he added", "he noted"), "according to X", and resolves pronouns, surnames and
 * descriptions ("the company", "the minister") to the person or organisation named earlier. A paragraph with no
 * attribution is the agency's own narration (speaker null); a bare quote continues the previous speaker.
 */
import type { Entities, PersonEntity, SourceKind } from '../domain/desk.js';
import { type Mention } from './entities.js';
import { isGroupNoun, isOneNoun, PUBLICATIONS, NOT_SPEAKERS, ASIDE_WORDS, COMPANY_END, verbMatches, NOUN_LIKE, ESTIMATE_VERBS, DOCUMENT_VERBS, DOCUMENTS, STANCE_SET, OTHER_VERB_SET, ACCORDING, CLAUSE_STOPS, UNNAMED_OPENING, INVERTED_SUBJECT, NAMED_SOURCE, COMMITMENTS, PARTICIPLES } from './speaker-words.js';
import { Resolver } from './speaker-resolver.js';
import { isKnownPlace } from './gazetteer.js';
import { isFemale } from './speaker-names.js';
import { clauseStart, INITIAL_END, ABBREVIATION_END, isNameSegment, sentenceSubject, subjectOf } from './speaker-clauses.js';

export interface SpeakerTagged {
  readonly speaker: string | null;
  readonly kind: SourceKind | null;
}


export interface Cue {
  readonly at: number;
  /** A trailing attribution (", he added.") or "according to" governs the paragraph over an earlier verb. */
  readonly strong: boolean;
  readonly subject: string;
  readonly mentions: readonly Mention[];
  /** The verb is one of saying itself (said, told, added…), not one of reacting that may report nothing. */
  readonly core?: boolean;
  /** The document the words are in ("X said in its annual report", "the X statement said"), which "the report" later is. */
  readonly document?: string;
  /** The subject is two speakers joined ("X, …, and his father, …, said"), whom a "they" after it stands for. */
  readonly pair?: boolean;
  /** A surname set in lower case by mistake (", ramnath said,"): a person named before, or nobody. */
  readonly lowerName?: boolean;
}

export interface SpeakerContext {
  readonly people: readonly PersonEntity[];
  readonly organisations: readonly string[];
}

/** Tags every paragraph with its speaker. `mentions[i]` are the entity mentions of paragraph i. */
export function tagSpeakers(texts: readonly string[], mentions: readonly (readonly Mention[])[], entities: Entities): SpeakerTagged[] {
  const state = new Resolver(entities);
  const out: SpeakerTagged[] = [];
  let previous: SpeakerTagged = { speaker: null, kind: null };
  texts.forEach((text, i) => {
    const list = mentions[i] ?? [];
    // No reporting verb, but words quoted in a sentence whose subject is someone ("He repeated an earlier forecast
    // that earnings "will be off slightly"", "UCPB sought seats, petitioning the board "so that…""): theirs.
    state.noteDefinitions(text);
    const cues = findCues(text, list);
    const cue = pickCue(cues) ?? (/^["“‘]/u.test(text) ? null : quotedBySubject(text, list));
    // "An OFTEL spokeswoman said…" beside the attribution the paragraph is given: "the OFTEL spokeswoman" later is her.
    for (const c of cues) state.noteOne(c.subject);
    let tag: SpeakerTagged = { speaker: null, kind: null };
    if (cue) tag = tickered(state.resolve(openingPersonsWords(text, cue, list) ?? cue, list), text);
    else if (/^["“‘]/u.test(text) && previous.speaker) tag = previous;
    state.afterParagraph(tag, list, text, cue?.at);
    state.notePublications(text);
    state.noteNarration(text, tag);
    out.push(tag);
    previous = tag;
  });
  return out;
}


/**
 * "Swissair <SWSZ.Z> said": a name the wire follows with a stock code in angle brackets is a listed company, never a
 * person, whatever the names took it for (so that "the airline" and "it" later are it).
 */
function tickered(tag: SpeakerTagged, text: string): SpeakerTagged {
  if (tag.kind !== 'person' || !tag.speaker) return tag;
  const at = text.indexOf(tag.speaker);
  return at >= 0 && TICKER.test(text.slice(at + tag.speaker.length, at + tag.speaker.length + 16)) ? { speaker: tag.speaker, kind: 'organisation' } : tag;
}
const TICKER = /^\s*<\p{Lu}[\p{Lu}\p{N}]*(?:\.\p{Lu}{1,2})?>/u;

/**
 * "Prime Minister Margaret Thatcher has given notice that …. "We regard this as a test case," she told Parliament.": the
 * pronoun after words quoted in a paragraph that opens with a person is that person (of the pronoun's sex, as far as
 * the given name tells), before anyone who spoke in an earlier paragraph.
 */
function openingPersonsWords(text: string, cue: Cue, mentions: readonly Mention[]): Cue | null {
  if (!/^(?:he|she)$/u.test(cue.subject) || !/[,.!?]["”]\s*(?:he|she)\s+$/u.test(text.slice(0, cue.at))) return null;
  const first = mentions.find((m) => m.kind === 'person' || m.kind === 'organisation');
  if (first?.kind !== 'person' || first.start > 40 || !/\s/u.test(first.name) || first.end > cue.at) return null;
  if (isFemale(first.name) !== (cue.subject === 'she')) return null;
  return { ...cue, subject: first.name, mentions: [first] };
}

/** `was quoted (by …) as saying` (the subject before it speaks) or `quoted X as saying` (X speaks). */
const QUOTED_AS_SAYING = /\b(?:(?:was|were|is|are)\s+quoted(?:\s+by\s+[^,;:"]{1,60}?)?|quoted\s+(?!by\b)([^,;:"]{2,80}?))\s+as\s+(?:saying|telling)\b/gu;

function findCues(text: string, mentions: readonly Mention[]): Cue[] {
  const cues: Cue[] = [];
  {
    // "X was quoted (by the local daily) as saying", "the paper quoted X as saying": X speaks.
    // Each pattern below is tried only on a paragraph holding the words it cannot match without (most hold none).
    for (const m of text.includes('quoted') ? text.matchAll(QUOTED_AS_SAYING) : []) {
      const at = m.index ?? 0;
      const named = m[1]?.trim();
      if (named) {
        const start = at + m[0].indexOf(named, m[0].indexOf('quoted'));
        cues.push({ at, strong: true, subject: named, mentions: within(mentions, start, start + named.length) });
        continue;
      }
      const before = subjectOf(text, clauseStart(text, at), at);
      if (before) cues.push({ at, strong: true, subject: before.text, mentions: within(mentions, before.start, before.start + before.text.length) });
    }
    // "The town was said by officials to be isolated": the passive's agent speaks.
    for (const m of /\sby\s/.test(text) ? text.matchAll(SAID_BY) : []) {
      const by = m[1]?.trim();
      if (!by) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(by);
      cues.push({ at: m.index ?? 0, strong: true, subject: by, mentions: within(mentions, start, start + by.length) });
    }
    for (const m of FORECAST_IN_WORDS.test(text) ? text.matchAll(FORECAST_IN) : []) {
      const doc = m[1];
      if (!doc) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(doc);
      cues.push({ at: m.index ?? 0, strong: true, subject: doc, mentions: within(mentions, start, start + doc.length) });
    }
    for (const m of text.matchAll(ACCORDING)) {
      const after = (m.index ?? 0) + m[0].length;
      let stop = after;
      while (stop < text.length && stop < after + 120 && !CLAUSE_STOPS.has(text[stop] ?? '')) stop++;
      // "according to a Wall Street analyst who has obtained a copy": the relative clause is not the source's name.
      const relative = /\s(?:who|whose|which|that)\s/u.exec(text.slice(after, stop));
      if (relative && relative.index > 0) stop = after + relative.index;
      // The other languages' forms also open opinions and pronouns ("enligt vår mening", "selon elle"): only a
      // name or a description ("según la fuente") is a source.
      if (!/^according/iu.test(m[0]) && !NAMED_SOURCE.test(text.slice(after, stop))) continue;
      // "according to its own interest", "according to plan": a measure, not a source.
      if (/^according/iu.test(m[0]) && /^(?:its|his|her|their|our|my|your|plan|schedule|the plan|the schedule)\b/iu.test(text.slice(after, stop))) continue;
      // "could vary according to changes in turnover": a lower-case phrase with no article that names nobody (no
      // person's or group's noun, no document, no figures) is a measure, not a source.
      if (/^according/iu.test(m[0]) && !namesASource(text.slice(after, stop))) continue;
      cues.push({ at: m.index ?? 0, strong: true, subject: text.slice(after, stop).trim(), mentions: within(mentions, after, stop) });
    }
  }
  for (const m of verbMatches(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!isFiniteUse(text, at, end, m[0])) continue;
    // "has agreed to indemnify", "promised to pay": a commitment, not words reported.
    // "has agreed not to undercut sales" is one too.
    if (COMMITMENTS.has(m[0]) && /^\s+(?:(?:recently|also|already|earlier|later|now|\p{Ll}+ly)\s+)?(?:not\s+)?to\s/u.test(text.slice(end, end + 24))) continue;
    // "The utility charged 5 dlrs", "charged with fraud": an accusation only with what is charged after it.
    // "is charging it was induced": the same, or a clause of what is charged right after it.
    if ((m[0] === 'charged' || m[0] === 'charging') && !/^[^.;:"]{0,120}?\sthat\s/u.test(text.slice(end, end + 140)) && !(m[0] === 'charging' && CLAUSE_AFTER.test(text.slice(end, end + 40)))) continue;
    // "called on the government to act": an appeal only with what is asked; "called on the villagers" is a visit.
    if ((m[0] === 'called on' || m[0] === 'calls on') && !/^\s+[^.;:"]{1,80}?\sto\s+\p{Ll}/u.test(text.slice(end, end + 100))) continue;
    // "including that Boesky did not reveal his trading": one's own doings not revealed are concealed, not words
    // reported ("did not give details" of a plan is the subject's own reticence, read as theirs).
    if (DISCLOSING.test(m[0]) && /\b(?:not|never|n['’]t)\s+$/u.test(text.slice(Math.max(0, at - 10), at)) && /^\s+(?:his|her|its|their)\s/u.test(text.slice(end, end + 8))) continue;
    // "The outlook was uncertain": a stance only with what is held after it ("uncertain that…").
    if (STANCE_SET.has(m[0]) && !/^\s+(?:that|about|whether|of)\b/u.test(text.slice(end, end + 10))) continue;
    // "SMC posted a net income of…": a result posted, not a message; a message is posted on a medium ("on
    // Twitter", "on her blog", online), or what was posted follows it (a quote, "that…").
    // "Fuji Bank reported a 72.1 billion yen net profit", "X earlier reported net earnings edged up": results of an
    // account reported, not words.
    if ((m[0] === 'reported' || m[0] === 'posted') && RESULTS_REPORTED.test(text.slice(end, end + 80))) continue;
    if (m[0] === 'posted' && !/^[^.]*?(?:\bon\s+(?:\p{Lu}|(?:her|his|its|their)\s)|\bonline\b)|^\s*(?:that\b|[:"“])/u.test(text.slice(end, end + 160))) continue;
    const from = clauseStart(text, at);
    const opener = text[from - 1] ?? '';
    const next = text.slice(end).trimStart()[0];
    const closes = next === undefined || next === '.' || next === ',' || next === ';' || next === '!' || next === '?';
    const trailing = closes && (opener === ',' || opener === '"' || opener === '”');
    let subject = (opener === ',' ? nameBeforeLongAside(text, from) : null) ?? firmWithCommas(text, subjectOf(text, from, at));
    // "The company issued a statement which said…": the statement's words are its issuer's.
    const statement = subject ? null : STATEMENT_WHICH.exec(text.slice(from, at));
    if (statement?.[1]) subject = subjectOf(text, from, from + statement[1].length);
    // "But few analysts took the promise seriously. They say…": "they" is the group opening the sentence before.
    if (subject?.text === 'they') subject = groupBefore(text, subject.start, mentions) ?? subject;
    // "Although Swett gave no details…, he calculated…": the name opening the subordinate clause before the pronoun
    // is whom it stands for.
    if (subject && (subject.text === 'he' || subject.text === 'she')) subject = subordinateSubject(text, subject.start, mentions) ?? subject;
    // "Some analysts questioned the bid. One said…": one of the group before, which speaks through them.
    if (subject && /^one$/iu.test(subject.text)) subject = groupBefore(text, subject.start, mentions) ?? { ...subject, text: 'one' };
    // "X issued a warning and said …", "X hesitated, but said …", "X defended the rise, saying …", and the
    // infinitive after a verb of the subject's own will ("She was unable to say", "He declined to comment except to
    // say"): the sentence's subject speaks.
    const ending = text.slice(from, at).trim();
    if (!subject && (/\b(?:and|but)$/u.test(ending) || SUBJECT_CONTROL.test(ending) || (ending === '' && PARTICIPLES.has(m[0])))) subject = sentenceSubject(text, at, mentions, ending !== '');
    // "Staubli declined to say how much…": the subject before the verb of will, when no name the entities found opens it.
    const control = subject ? null : SUBJECT_CONTROL.exec(ending);
    if (control) subject = subjectOf(text, from, from + (text.slice(from, at).length - text.slice(from, at).trimStart().length) + control.index);
    // "The report found that…", "A poll released this week showed that…": a document's findings; a person who
    // "found" or "showed" something reports nothing.
    // "I think…", "we believe…" inside a quotation: the quotation's speaker, whom the tag outside it names.
    if (subject && /^(?:i|we|you)$/iu.test(subject.text)) continue;
    if (DOCUMENT_VERBS.has(m[0]) && !DOCUMENTS.has(subject?.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '')) continue;
    // "If negotiations go smoothly, ramnath said, construction could begin": a surname typed in lower case between
    // commas, in copy that has capitals elsewhere, is the person the story named (the resolver finds them, or no one).
    const lowerWord = subject ? null : /^\s*(\p{Ll}{4,})\s*$/u.exec(text.slice(from, at));
    if (lowerWord?.[1] && opener === ',' && /\p{Lu}/u.test(text) && !isGroupNoun(lowerWord[1]) && !isOneNoun(lowerWord[1]) && !NOT_SPEAKERS.has(lowerWord[1])) {
      const word = lowerWord[1];
      const start = from + (lowerWord[0].indexOf(word));
      cues.push({ at, strong: trailing, core: CORE_VERBS.test(m[0]), subject: `${word.charAt(0).toUpperCase()}${word.slice(1)}`, mentions: within(mentions, start, start + word.length), lowerName: true });
      continue;
    }
    if (subject) {
      // The subject's own mentions: an appositive after it ("Wong, managing director of Indosuez Asia, said")
      // names the employer, not the speaker.
      const document = documentOf(subject.text, text.slice(end, end + 80));
      // "The other member of the board, Marvin Duncan, agreed.": a description opening the sentence, then the name
      // in apposition, is a sentence of its own, not an attribution trailing the words before ("…, he added.").
      const sentence = Math.max(text.lastIndexOf('. ', subject.start), text.lastIndexOf('? ', subject.start), text.lastIndexOf('! ', subject.start)) + 1;
      const lead = text.slice(sentence, subject.start);
      const described = subject.start < from && /^\s*(?:The|A|An|One)\s/u.test(lead) && !/["“”]|\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|be|been)\b/u.test(lead);
      cues.push({ at, strong: trailing && !described, core: CORE_VERBS.test(m[0]), subject: subject.text, mentions: within(mentions, subject.start, Math.min(at, subject.start + subject.text.length)), ...(document ? { document } : {}), ...(subject.pair ? { pair: true } : {}) });
      continue;
    }
    // Inverted: `…," said Shamkhani.` / `…, said the minister.` A participle is never inverted (", arguing that
    // the question…" reports the sentence's subject), and what follows must name someone: a capitalised word or a
    // description ("the minister", "a spokesman"), not an object ("hailed it as a…").
    // Nor is "told": who follows it is the listener (`…, told the banks that…`).
    // A straight quote mark after a space or opening the paragraph opens words quoted ('extended to "maintain its
    // momentum."'): the verb that starts them is a word of the quotation, not an attribution after one.
    const opensQuote = opener === '"' && (from <= 1 || /\s/u.test(text[from - 2] ?? ''));
    // "The move, announced one day after news of…, will involve": after a bare noun phrase opening the sentence, the
    // participle opens an aside about it, not an attribution trailing words before.
    if (opener === ',' && BARE_NOUN_PHRASE.test(text.slice(Math.max(text.lastIndexOf('. ', from - 1) + 1, 0), from - 1)) && !/^(?:said|says|told|added)$/u.test(m[0])) continue;
    if (text.slice(from, at).trim() === '' && (opener === ',' || (opener === '"' && !opensQuote) || opener === '”') && !PARTICIPLES.has(m[0]) && !/^tel?l?s$|^told$/u.test(m[0])) {
      let stop = end;
      // An abbreviation's or an initial's full stop is part of the name ("said Shearson Lehman Bros. analyst Daniel
      // Tulis", "said E.F. Hutton Group analyst Michael Lewis").
      while (stop < text.length && stop < end + 80 && (!CLAUSE_STOPS.has(text[stop] ?? '') || (text[stop] === '.' && (INITIAL_END.test(text.slice(Math.max(0, stop - 6), stop + 1)) || ABBREVIATION_END.test(text.slice(Math.max(0, stop - 6), stop + 1))) && /^\s*\p{L}/u.test(text.slice(stop + 1, stop + 3))))) stop++;
      // "said the regional manager …, who spoke on condition that…": the relative clause is not the name.
      // "said Ostrova Capital Markets as arranger": the role it spoke in is not part of the name.
      let after = text.slice(end, stop).replace(/\s+(?:who|which|whose)\s.*$/su, '').trim().replace(/^(\p{Lu}.*?)\s+as\s+(?:(?:the|a|an|its|lead|sole|co-?)\s*)?\p{Ll}[\p{L}-]*$/u, '$1').trim();
      // "…, said the company's chief executive, Anna Berg." / "dijo el secretario del departamento, Roshan Sunkaria.":
      // a description, then the name in apposition closing the sentence.
      const apposed = text[stop] === ',' ? /^,\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s*[.;]?\s*$/u.exec(text.slice(stop).split(/(?<=[.;!?])\s/u)[0] ?? '') : null;
      // "said lead manager Bank Gutzwiller, Kurz, Bungener Ltd.": a firm's name whose partners' names commas join.
      const partners = text[stop] === ',' ? FIRM_TAIL.exec(text.slice(stop))?.[1]?.replace(/\.$/u, '') : undefined;
      if (partners && COMPANY_END.test(partners) && /^(?:\p{Ll}+\s+){0,3}\p{Lu}/u.test(after) && !partners.split(/,?\s+/u).some((w) => NOT_SPEAKERS.has(w))) {
        after = `${after}${partners}`;
        stop += partners.length;
      }
      if (apposed?.[1] && !/^\p{Lu}/u.test(after)) {
        after = apposed[1];
        stop = stop + (text.slice(stop).indexOf(apposed[1])) + apposed[1].length;
      }
      // "said former Nevada Sen. and Reagan confidant Paul Laxalt": a lower-case role word may open a name segment.
      // "…, declared the defence of its members' earnings its top priority": a possessive inside what follows makes it
      // the verb's object, not who speaks ("said its chairman" opens with it).
      const object = /\s(?:its|their|his|her|our)\s/u.test(after);
      if (after && !object && (INVERTED_SUBJECT.test(after) || isNameSegment(after))) cues.push({ at, strong: true, subject: after, mentions: within(mentions, end, stop) });
      // `"…", declaró, antes de…`: the languages that drop the subject report the last speaker's words so.
      else if (OTHER_VERB_SET.has(m[0].replace(/\s+/gu, ' ')) && (opener === '"' || opener === '”' || text[from - 2] === '"' || text[from - 2] === '»')) {
        cues.push({ at, strong: true, subject: 'he', mentions: [] });
      }
    }
  }
  cues.sort((a, b) => a.at - b.at);
  // "…, who said on Monday ministers agreed.": a verb inside the words a verb of saying reports, with no stop between
  // them, is part of those words, not an attribution of its own.
  // (A stop after the nearest verb of saying before is after every earlier one too: that one alone is checked.)
  let core: Cue | undefined;
  return cues.filter((c) => {
    const inside = core !== undefined && core.at < c.at && !hasStop(text, core.at, c.at);
    if (c.core) core = c;
    return !inside;
  });
}

/** Whether what follows "according to" may be who the words are from: anything but a bare lower-case phrase of things. */
function namesASource(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  if (!/^\p{Ll}/u.test(words[0] ?? '') || /^(?:a|an|the|one|some|several|two|three|many|most|other|these|those)$/u.test(words[0] ?? '')) return true;
  if (words.some((w) => /\p{Lu}/u.test(w))) return true;
  // The head of the phrase: its last word before a preposition ("changes in turnover": changes).
  const prep = words.findIndex((w) => /^(?:in|of|at|for|from|with|to|on|by)$/u.test(w));
  const head = (words[(prep < 0 ? words.length : prep) - 1] ?? '').replace(/[^\p{L}-]/gu, '').toLowerCase();
  return isGroupNoun(head) || isOneNoun(head) || DOCUMENTS.has(head) || PUBLICATIONS.has(head) || SOURCE_DATA.has(head);
}
/** Figures a source may be ("according to estimates", "according to preliminary data"). */
const SOURCE_DATA = new Set(['figures', 'estimates', 'data', 'statistics', 'results', 'sources', 'reports', 'calculations', 'forecasts', 'projections', 'records', 'documents', 'reports', 'polls', 'surveys', 'studies', 'officials', 'police', 'witnesses', 'residents', 'people', 'experts']);

function hasStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_STOPS.has(text[i] ?? '')) return true;
  return false;
}


/**
 * "Volcker, appearing with Reagan, Greenspan, and Treasury Secretary James Baker in the briefing room, said": a name
 * opening the sentence, then a participle's or a relative clause's aside running to the comma before the verb, with
 * commas of its own inside (a list), is the subject; the names in the aside are not.
 */
function nameBeforeLongAside(text: string, from: number): { text: string; start: number; pair?: boolean } | null {
  const sentence = Math.max(text.lastIndexOf('. ', from - 1), text.lastIndexOf('? ', from - 1), text.lastIndexOf('! ', from - 1)) + 1;
  if (from - sentence > 260) return null;
  const m = LONG_ASIDE.exec(text.slice(sentence, from - 1));
  if (!m?.[2] || !m[3]?.includes(',') || NOT_SPEAKERS.has(m[2].split(/\s+/u)[0] ?? '')) return null;
  return { text: m[2], start: sentence + (m[1]?.length ?? 0) };
}
const LONG_ASIDE = /^(\s*)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+((?:\p{Ll}+ing|who|whose)\s[^;:"“”()]*)$/u;

/** The rest of a firm's name after its first partner's: ", Kurz, Bungener Ltd", ", Lufkin and Jenrette Securities Corp". */
const FIRM_TAIL = /^((?:,\s+\p{Lu}\p{Ll}+)+(?:,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})(?=\s*(?:[.;]\s|[.;]?$))/u;
/** Partners' names before a firm's subject ("Donaldson, Lufkin and Jenrette Securities Corp"), one capitalised word each. */
const FIRM_HEAD = /(?:^|(?<=\p{Ll}\s))((?:\p{Lu}\p{Ll}+,\s+)+)$/u;

/**
 * A firm's subject widened over the partners' names commas join before it ("Donaldson, Lufkin and Jenrette Securities
 * Corp said", "lead manager Bank Lindqvist, Orr, Tamm Ltd said"): only where they open the sentence or follow a role in
 * lower case, never a place or a word that opens a clause ("In London, Norland Corp said", "However, …").
 */
function firmWithCommas(text: string, subject: { text: string; start: number; pair?: boolean } | null): { text: string; start: number; pair?: boolean } | null {
  if (!subject || !COMPANY_END.test(subject.text) || !/^\p{Lu}/u.test(subject.text)) return subject;
  const before = text.slice(Math.max(0, subject.start - 80), subject.start);
  const head = FIRM_HEAD.exec(before)?.[1];
  if (!head) return subject;
  // One capitalised word before the partners ("Bank Lindqvist, Orr, Tamm Ltd"): the start of the firm's name too.
  const lead = /(?:^|(?<=\p{Ll}\s))(\p{Lu}\p{Ll}+\s+)$/u.exec(before.slice(0, before.length - head.length))?.[1] ?? '';
  const words = `${lead}${head}`.split(/[,\s]+/u).filter(Boolean);
  if (words.some((w) => NOT_SPEAKERS.has(w) || ASIDE_WORDS.has(w.toLowerCase()) || isKnownPlace(w))) return subject;
  const widened = `${lead}${head}`;
  // "Peter Orr of Lindqvist, Orr and Tamm Inc expects": the person named before "of" the firm speaks, for it.
  const person = PERSON_BEFORE_FIRM.exec(before.slice(0, before.length - widened.length));
  if (person?.[1] && !NOT_SPEAKERS.has(person[1].split(/\s+/u)[0] ?? '')) {
    const lead2 = person[0].length;
    return { ...subject, text: `${person[0]}${widened}${subject.text}`, start: subject.start - widened.length - lead2 };
  }
  return { ...subject, text: `${widened}${subject.text}`, start: subject.start - widened.length };
}
/** A person's name and the preposition that puts them at a firm, right before the firm's name. */
const PERSON_BEFORE_FIRM = /(?:^|(?<=[\s,]))((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:of|at|with|from)\s+$/u;

/**
 * Whether the verb form found is a verb of the clause and not a word of a noun phrase or a passive: after an article,
 * a possessive or a preposition it is an adjective or a noun ("the proposed merger", "the reported remarks", "of note");
 * after a form of "be" it is a passive whose subject says nothing ("Imports are forecast to fall", "was attributed
 * to"); before "by" it is a participle whose agent speaks, if anyone (SAID_BY reads that); inside a hyphenated word
 * it is an adjective ("well-informed sources"). A base form that is also a noun is a verb only before what is said.
 */
function isFiniteUse(text: string, at: number, end: number, verb: string): boolean {
  if (text[at - 1] === '-') return false;
  // An adverb between the word before and the verb does not change what the word is ("a newly proposed plan").
  const before = /(\p{L}+)\s+(?:\p{Ll}+ly\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  if (NOT_BEFORE_VERB.has(before.toLowerCase())) return false;
  if (BE_FORMS.has(before.toLowerCase()) && !verb.endsWith('ing') && !STANCE_SET.has(verb)) return false;
  const after = text.slice(end, end + 24);
  if (!CORE_VERBS.test(verb) && /^\s+by\s+(?!\p{N})/u.test(after)) return false;
  if (NOUN_LIKE.has(verb) && !/^\s+(?:that|he|she|it|they|we|there|this|these)\b|^\s*[,:]/u.test(after)) return false;
  if (ESTIMATE_VERBS.has(verb) && !/^[^.;:]{1,60}?\sat\s+(?:about\s+|around\s+|some\s+|only\s+)?\p{N}/u.test(text.slice(end, end + 80))) return false;
  return true;
}
const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'of', 'in', 'on', 'for', 'with', 'at', 'from', 'into', 'by']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** The document a subject is ("the Treasury statement") or speaks in ("said in its annual report on…"). */
function documentOf(subject: string, after: string): string | undefined {
  const head = subject.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (DOCUMENTS.has(head)) return head;
  const within = /^\s+(?:in|on)\s+(?:a|an|its|their|his|her|the)\s+((?:[\p{L}-]+\s+){0,3}\p{L}+)/u.exec(after)?.[1];
  return within?.split(/\s+/u).find((w) => DOCUMENTS.has(w));
}

/**
 * A passive of saying and its agent: "was said by officials to be", "were described by analysts as", "has been
 * criticized privately by some makers for what they see as…" (an adverb between, and what it is criticised for after).
 */
const SAID_BY = /\b(?:is|are|was|were|been|being)\s+(?:said|reported|described|quoted|estimated|forecast|seen|welcomed|praised|criticised|criticized|condemned)\s+(?:\p{Ll}{3,}ly\s+)?by\s+((?:the\s+|some\s+|several\s+)?[\p{L}][\p{L}.&'’ -]{1,60}?)(?=\s+(?:to|as|that)\b|\s+for\s+(?:what|its|his|her|their|the|a|an|\p{Ll}+ing)\b|\s+at\s+(?:about\s+|around\s+|some\s+)?\p{N}|\s*[,.;]|$)/gu;
/**
 * A figure forecast in a document: "Output is forecast in the ministry report to rise" — the document's issuer speaks
 * (an agentless "is forecast to rise" says nothing of who forecast it, and stays narration).
 */
/** What FORECAST_IN cannot match without. */
const FORECAST_IN_WORDS = /(?:forecast|estimated|projected|put|seen)\s+in\s/;
const FORECAST_IN = new RegExp(`\\b(?:is|are|was|were)\\s+(?:forecast|estimated|projected|put|seen)\\s+in\\s+((?:the|its|a|an)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}(?:${[...DOCUMENTS].join('|')}))\\b`, 'gu');

/** The verbs of saying itself, which outrank a verb of reacting when both have a subject in one paragraph. */
const CORE_VERBS = /^(?:said|says|say|told|tells|added|adds|stated|noted|notes|note|explained|declared|announced|commented|wrote|replied)$/u;

/** A quotation mark opening words quoted (the first one not opening the paragraph, which continues the speaker before). */
const QUOTE_OPEN = /(?<=\S)\s*["“]/u;
const SUBJECT_LEAD = /^\s*(?:(?:However|But|And|Yet|Still|Meanwhile|Instead),?\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

function quotedBySubject(text: string, mentions: readonly Mention[]): Cue | null {
  const open = QUOTE_OPEN.exec(text);
  if (!open) return null;
  const at = open.index + open[0].length - 1;
  // Three words or more, up to the closing mark; a title in capitals ("HBO's "Big Little Lies"") is a name, not words
  // spoken.
  const closing = text.slice(at + 1).search(/["”]/u);
  const quoted = text.slice(at + 1, closing < 0 ? undefined : at + 1 + closing);
  if (quoted.trim().split(/\s+/u).length < 3 || !/\s\p{Ll}/u.test(quoted)) return null;
  const sentence = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at)) + 1;
  const subject = sentenceSubject(text, at, mentions, false);
  if (!subject || !SUBJECT_LEAD.test(text.slice(sentence, subject.start))) return null;
  // The honorific or title before the name stays with it ("Sheikh Ali"); an adverb before the subject does not.
  const lead = subject.start - (/(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.exec(text.slice(sentence, subject.start))?.[0].length ?? 0);
  const end = subject.start + subject.text.length;
  return { at, strong: false, subject: text.slice(lead, end), mentions: within(mentions, lead, end) };
}

function subordinateSubject(text: string, at: number, mentions: readonly Mention[]): { text: string; start: number } | null {
  // Within the 240 characters before the pronoun: a subordinate clause is short, and a long paragraph is not scanned
  // back to its start for every pronoun.
  const from = Math.max(0, at - 240);
  const window = text.slice(from, at);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (stop < 0 && from > 0) return null;
  const sentence = from + stop + 1;
  const lead = text.slice(sentence, at);
  const m = SUBORDINATE_OPENING.exec(lead);
  const name = m?.[2];
  if (!name || !/,\s*$/u.test(lead) || NOT_SPEAKERS.has(name.split(/\s+/u)[0] ?? '') || /['’]s$/u.test(name) || isKnownPlace(name) || /\b(?:him|her)\b/u.test(lead)) return null;
  const start = sentence + (m[1]?.length ?? 0);
  // A person only: not an organisation the names found there ("When Reuters asked him…").
  if (mentions.some((x) => x.kind === 'organisation' && x.start < start + name.length && x.end > start)) return null;
  return { text: name, start };
}
/** A subordinate clause opening a sentence with a name for its subject: "Although Swett gave…", "While Orr said…". */
const SUBORDINATE_OPENING = /^(\s*(?:Although|Though|While|After|Before|When|Because|Since|If)\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}[^"“”]*$/u;

function groupBefore(text: string, at: number, mentions: readonly Mention[]): { text: string; start: number } | null {
  const end = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at));
  if (end < 0) return null;
  const group = sentenceSubject(text, Math.max(0, end - 1), mentions, true);
  return group && !/^(?:he|she|it|they)$/u.test(group.text) && !mentions.some((m) => m.start === group.start) ? group : null;
}

/** A noun phrase alone, opening a sentence: "The move", "The new plan", "Its offer". */
const BARE_NOUN_PHRASE = /^\s*(?:The|A|An|This|That|Its|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*$/u;
/** "The company issued a statement which": the issuer, then the statement that speaks for it. */
const STATEMENT_WHICH = /^(.*?\S)\s+(?:issued|released|put out|published|sent)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|release|communique|letter)\s+(?:which|that)\s*$/u;
/** A clause right after a verb, with no "that": "it was induced", "the board had lied". */
const CLAUSE_AFTER = /^\s+(?:it|he|she|they|we|the\s+\p{Ll}+|\p{Lu}\p{Ll}+)\s+(?:was|were|had|has|is|are|did|would|could|will)\b/u;
/** The verbs of disclosing, which a denial ("did not reveal") leaves with nothing reported. */
const DISCLOSING = /^(?:reveal|reveals|revealed|disclose|discloses|disclosed)$/u;

/** What an account reports: a figure's result ("a 72.1 billion yen net profit", "net earnings edged up"), no "that". */
const RESULTS_REPORTED = /^\s+(?!that\b)(?:(?:a|an|its|their|record|higher|lower|first|second|third|fourth|half|full|year|quarter|\p{N}[\p{N}.,]*|mln|billion|dlrs?|yen|stg|marks|francs|pct|-|[\p{Ll}-]+ly)\s+){0,8}(?:net|pre-?tax|operating|gross)?\s*(?:profits?|loss(?:es)?|earnings|income|revenues?|sales|turnover|deficit|surplus)\b/u;

/** Words after which "to say" is the subject's own saying, not someone else's it was asked for. */
const SUBJECT_CONTROL = /\b(?:unable|able|willing|reluctant|declined|refused|wanted|tried|except|went on|continued|continue|continues|appeared|seemed|chose|hastened|wished|would like|not want)\s+to$/u;

function within(mentions: readonly Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start >= start - 1 && m.end <= end + 1);
}

function pickCue(cues: readonly Cue[]): Cue | null {
  const strong = cues.find((c) => c.strong);
  // "Ecolab said it would raise its bid, a spokesman said": the named subject, not the description after it; and
  // "Wong, managing director of Indosuez, said there is no obstacle…, he said": the pronoun is the name before it.
  if (strong && /^(?:a|an)\s/iu.test(strong.subject)) {
    const named = cues.find((c) => c.at < strong.at && !/^(?:a|an|the|he|she|it|they)\b/iu.test(c.subject));
    if (named) return named;
  }
  // "<Nippon Telegraph and Telephone Corp> expects profits to fall…, the company said": the company named is the one
  // the description closing the sentence stands for.
  if (strong && /^the\s+(?:company|firm|group|bank|corporation)$/iu.test(strong.subject)) {
    const named = cues.find((c) => c.at < strong.at && /^<?\p{Lu}/u.test(c.subject) && !UNNAMED_OPENING.test(c.subject) && c.mentions.some((m) => m.kind === 'organisation' || m.kind === 'person'));
    if (named) return named;
  }
  // "Market sources expect…. Approval is expected soon, they said": "they" are the people opening the paragraph.
  if (strong?.subject === 'they') {
    const group = cues.find((c) => c.at < strong.at && isGroupNoun(c.subject.split(/\s+/u).at(-1)?.toLowerCase() ?? ''));
    if (group) return group;
  }
  if (strong && /^(?:he|she)$/iu.test(strong.subject)) {
    // "But Bombay broker Dinesh Walji said …. "…," he said": a person named in the subject, whatever role precedes.
    const named = cues.find((c) => c.at < strong.at && (/^\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(c.subject) || c.mentions.some((m) => m.kind === 'person' && m.name.includes(' '))) && !UNNAMED_OPENING.test(c.subject));
    if (named) return named;
    // "A Kestrel officer explained that …. "…," he said": the one person described earlier in the paragraph.
    const one = cues.find((c) => c.at < strong.at && /^(?:an?|one)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+$/iu.test(c.subject) && isOneNoun(c.subject.split(/\s+/u).at(-1) ?? ''));
    if (one) return one;
  }
  // "The department rejected TWA's application. TWA said it would refile": a verb of saying outranks one that may
  // take a thing for its object (rejected, welcomed, denied…) and then reports no words.
  const core = cues.find((c) => c.core);
  // "Chairman Sir Anton Berg denied suggestions that…. He noted that…": with no attribution that governs, the pronoun
  // of the verb of saying is the person named as the subject of the verb before it in the paragraph.
  if (!strong && core && /^(?:he|she)$/iu.test(core.subject)) {
    const named = cues.find((c) => c.at < core.at && /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]*$/u.test(c.subject) && c.mentions.some((m) => m.kind === 'person') && !UNNAMED_OPENING.test(c.subject));
    if (named) return named;
  }
  return strong ?? core ?? cues[0] ?? null;
}
