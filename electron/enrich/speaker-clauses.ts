/**
 * The clauses of attribution (speakers.ts finds the reporting verbs): where the clause before a verb starts, and who
 * its subject is — a pronoun, unnamed people, a description, or a name, also before an appositive.
 */
import { type Mention } from './entities.js';
import {
  ORG_NOUNS,
  DOCUMENTS,
  PUBLICATIONS,
  PERSON_NOUNS,
  CLAUSE_STOPS,
  ADVERB_WORDS,
  isMannerAdverb,
  PRONOUNS,
  ASIDE_WORDS,
  ASIDE_PHRASE,
  NOT_SPEAKERS,
  unnamedOpening,
  UNNAMED_ONE,
  LOWER_STOPS,
  isOneNoun,
  isGroupNoun,
  groupPhrase,
  COMPANY_END,
} from './speaker-words.js';
import { isRoleOnly } from './speaker-names.js';
import { TITLES } from './proper-names.js';

/**
 * Where the clause ending at `at` starts: after the last comma, quote, bracket or sentence end within 160 characters.
 * A bracketed aside closed before `at` is passed over whole ("Arrow Exploration Corp. (TSXV: AXL) announces", "Alyn
 * Smith, a Scottish National Party (SNP) member, hailed"): the clause goes on before it.
 */
export function clauseStart(text: string, at: number, reach = 160): number {
  const min = Math.max(0, at - reach);
  let i = at - 1;
  while (i >= min) {
    const c = text[i] ?? '';
    if (c === ')') {
      const open = text.lastIndexOf('(', i);
      if (open >= min && !text.slice(open + 1, i).includes(')')) {
        i = open - 1;
        continue;
      }
    }
    // The full stop of an abbreviation or an initial ("Nordline Shipping Corp. said", "William H. Macy said") is
    // part of the name, not the end of a sentence.
    // The full stop inside a stock code ("<RHON.PA>") ends no sentence.
    if (c === '.' && /^\.\p{Lu}{1,2}>/u.test(text.slice(i, i + 4))) {
      i--;
      continue;
    }
    if (c === '.' && (ABBREVIATION_END.test(text.slice(Math.max(0, i - 6), i + 1)) || INITIAL_END.test(text.slice(Math.max(0, i - 6), i + 1)))) {
      i--;
      continue;
    }
    // `Kuwait"s Oil Minister`: a straight quote between a letter and "s" is a possessive's apostrophe mistyped.
    if (c === '"' && /\p{L}/u.test(text[i - 1] ?? '') && /^s\s/u.test(text.slice(i + 1, i + 3))) {
      i--;
      continue;
    }
    if (CLAUSE_STOPS.has(c)) break;
    // A dash standing between spaces ends a dateline or opens an aside ("LOS ANGELES (Variety.com) - William H.
    // Macy said", "(GLOBE NEWSWIRE) -- Arrow Corp. announces"): the clause starts after it.
    if (DASHES.has(c) && text[i + 1] === ' ' && (text[i - 1] === ' ' || (text[i - 1] === '-' && text[i - 2] === ' '))) break;
    i--;
  }
  return i + 1;
}

const DASHES = new Set(['-', '–', '—']);
export const ABBREVIATION_END = /(?:^|[\s(])(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col|Maj|Capt|Sgt|Prof|\p{Lu})\.$/u;


/** An initial, one of several (`E.F.`), or an abbreviation's full stop closing a name's word. */
export const INITIAL_END = /(?:^|[\s(.])(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Mr|Mrs|Ms|Dr|\p{Lu})\.$/u;

/**
 * A name, with the role words before it ("Senate Republican leader Robert Dole"), and nothing else: ending in a
 * capital, no word of an English clause inside (a verb's auxiliary, a pronoun, a conjunction but "and").
 */
export function isNameSegment(segment: string): boolean {
  const words = segment.split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 9 && /^\p{Lu}|^(?:al|el)-\p{Lu}/u.test(words.at(-1) ?? '') && !words.some((w) => CLAUSE_WORDS.has(w));
}
const CLAUSE_WORDS = new Set('are is was were be been will would could should may might can has have had to their his her its our they he she it we but or that which who if when while because not no'.split(' '));

/**
 * The clause's words without the bracketed asides clauseStart passed over. A bracket inside a name stays: in
 * "SHV (United Kingdom) Holding Co Ltd" a capitalised word goes on after it, as no aside's does ("OECD (Paris) said").
 */
export function withoutAsides(clause: string): string {
  return clause.replace(/\s*\(([^()]*)\)/gu, (aside: string, inner: string, at: number, whole: string) => {
    const inName =
      /\p{Lu}[\p{L}.'’&-]*$/u.test(whole.slice(0, at)) &&
      /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(inner) &&
      /^\s+\p{Lu}\p{L}/u.test(whole.slice(at + aside.length));
    return inName ? aside : '';
  });
}

/**
 * The subject the sentence around `at` opens with: a pronoun ("However, he appeared…"), else its first person or
 * organisation named before `at`.
 */
export function sentenceSubject(text: string, at: number, mentions: readonly Mention[], groups: boolean): { text: string; start: number } | null {
  const sentence = sentenceStart(text, at);
  const opening = /^(\s*(?:(?:However|But|And|Yet|Still|Meanwhile|Instead),?\s+)?)(he|she|they|it)\b/iu.exec(text.slice(sentence, at));
  if (opening?.[2]) return { text: opening[2].toLowerCase(), start: sentence + (opening[1]?.length ?? 0) };
  // "Japanese consumers hesitated …, but said": a group of people opening the sentence, when a second verb of
  // the same subject reports (a participle after a group's action, "lawyers sought…, arguing", reports no words).
  const lead = text.slice(sentence, at).trimStart().replace(/^(?:But|And|Yet|However,?|Still,?)\s+/u, '');
  const words = lead.split(/\s+/u).slice(0, 5);
  let head = words.findIndex((w) => isGroupNoun(w.toLowerCase()));
  // "American soybean producers and processors are hoping…, but say": two groups joined are one subject.
  if (head >= 0 && words[head + 1] === 'and' && isGroupNoun(words[head + 2]?.toLowerCase() ?? '')) head += 2;
  const group = head >= 0 ? groupPhrase(words.slice(0, head + 1)) : null;
  if (groups && group && lead.startsWith(group)) return { text: group, start: sentence + (at - sentence - lead.length) };
  // A stock code in the wire's angle brackets ("Swissair <SWSZ.Z> reported … and said") is never the subject.
  // "<Guinness PLC> has joined…": a company's whole name in the brackets (words, not a code) is the subject.
  const first = mentions.find((m) => m.start >= sentence && m.end <= at && (m.kind === 'person' || m.kind === 'organisation') && !(text[m.start - 1] === '<' && text[m.end] === '>' && /^[\p{Lu}\p{N}.]+$/u.test(m.name)));
  // "Harbour Securities Corp analyst Karl Orr recommended…, saying": the firm, a role in lower case, then the person,
  // who is the subject.
  const employee = first?.kind === 'organisation' ? mentions.find((m) => m.kind === 'person' && m.start > first.end && m.end <= at && /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(text.slice(first.end, m.start))) : undefined;
  // "FCA board member Marvin Duncan differed, saying": any noun of one person ("member") as the role.
  const roleWord = employee ? text.slice(first?.end ?? 0, employee.start).trim().split(/\s+/u).at(-1) ?? '' : '';
  if (employee && (PERSON_NOUNS.has(roleWord) || isOneNoun(roleWord))) return { text: text.slice(employee.start, employee.end), start: employee.start };
  if (first) return { text: text.slice(first.start, first.end), start: first.start };
  // "Spaventa, in tune with other economists…, but warns that…": a surname opening the sentence, set off by a comma,
  // that the names did not class (the resolver reads it as the person named in full before).
  const opener = mentions.find((m) => m.kind === 'word' && m.start === sentence + (text.slice(sentence).length - text.slice(sentence).trimStart().length) && text[m.end] === ',' && !NOT_SPEAKERS.has(m.name));
  return opener ? { text: opener.name, start: opener.start } : null;
}

/** A preposition opening a segment: "for J.D. Power", "among dealers". */
const PREPOSITION_OPENING = /^(?:for|of|at|with|from|among|in|on|by|to)\s/u;

/** "officials of the organization", "some members of the committee": a group of a body in lower case. */
export const GROUP_OF_BODY = /^(?:(?:some|two|three|several|senior|other|Some|Two|Three|Several|Senior|Other)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+s)\s+of\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;

/** "a member of the board which regulates the farm credit system": a role of a body in lower case, and what it does. */
export const RELATIVE_DESCRIPTION = /^(?:A|An|One|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s+(?:of|at|with|for)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:which|that)\s+\p{Ll}+\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,7}[\p{Ll}\p{N}'’-]+$/u;

/**
 * Where the sentence holding `at` starts: after the last full stop, question or exclamation mark and a space before
 * it, but not an initial's or an abbreviation's full stop ("…harassment from the U.S. and criticized…").
 */
function sentenceStart(text: string, at: number): number {
  let stop = Math.max(text.lastIndexOf('? ', at), text.lastIndexOf('! ', at));
  let dot = text.lastIndexOf('. ', at);
  while (dot > stop && (INITIAL_END.test(text.slice(Math.max(0, dot - 6), dot + 1)) || ABBREVIATION_END.test(text.slice(Math.max(0, dot - 6), dot + 1))) && /^\.\s+\p{Ll}/u.test(text.slice(dot, dot + 4))) dot = text.lastIndexOf('. ', dot - 1);
  stop = Math.max(stop, dot);
  return stop + 1;
}

/** A person's name of two to four capitalised words closing a clause. */
const NAME_CLOSING = /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)$/u;
/** A relative clause closing a clause right before its verb, whose own subject is the word before it (not "who they said"). */
const RELATIVE_TAIL = /(?<=\p{L})\s+who\s+(?!(?:he|she|they|we|i|you|it)\b)[^,;:"“”()]*$/u;
/** "during a visit to Washington": an occasion closing the words before a verb. */
const DURING_PHRASE = /^(.*\S)\s+during\s+(?:a|an|the|his|her|their|its)\s+[^,;:"“”]{1,60}$/u;
/** The last word of a time phrase (WHEN_PHRASE), checked before the phrase is. */
const WHEN_LAST = /^(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** "this week", "on Monday": a time closing the words before a verb. */
const WHEN_PHRASE = /^(.*\S)\s+(?:(?:this|last|next)\s+(?:week|month|year)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/u;
/** The verbs of saying itself. */
const SAYING = /^(?:said|says|say|told|tell|added|add)\b/u;
/** A relative clause about people set off after them ("who declined to be identified", "whose …"). */
const RELATIVE_OPENING = /^\s*(?:who|whose)\s/u;

/** A relative clause or a phrase of its own set off after a subject ("who works for…", "due to be…", "based on…"). */
const OWN_PHRASE = /^\s*(?:who|which|whose|due|based|set|expected|\p{Ll}+ed\b|\p{Ll}+ing\b)/u;

const DOCUMENT_WORDS = [...DOCUMENTS].join('|');
/** "A Los Angeles Times poll released earlier this week": the participle after a document (see subjectOf). */
const DOCUMENT_RELEASED = new RegExp(`(\\s(?:${DOCUMENT_WORDS}))\\s+(?:released|published|issued|conducted|prepared|compiled|presented|made public|taken|carried out)\\b(?!\\s+by\\b).*$`, 'u');
/** "The embassy's annual report on Norland farming": what the document is about. */
const DOCUMENT_ABOUT = new RegExp(`(\\s(?:${DOCUMENT_WORDS}))\\s+(?:on|about|into)\\s+[^,;:"]*$`, 'u');
/** "The poll conducted by Carden Weekly magazine": up to the agent who made the document. */
const DOCUMENT_MADE_BY = new RegExp(`^.*\\s*\\b(?:${DOCUMENT_WORDS})\\s+(?:published|issued|conducted|prepared|compiled|presented|carried out)\\s+by\\s+(?=\\S)`, 'iu');

/** Who the clause before a verb names: a pronoun, unnamed people, a description, or a name (also before an appositive). */
export function subjectOf(text: string, from: number, at: number): { text: string; start: number; pair?: boolean } | null {
  // "Investment analysts polled by Reuters said": who polled them is not who speaks.
  // "But Bijan Moussavar-Rahmani said", "which industry sources said": a conjunction or a relative pronoun opening
  // the clause is not part of its subject (blanked, so that offsets stay right).
  // A stock code after a company's name ("group Rhone-Poulenc <RHON.PA> said") is never the name: blanked, so that
  // the name before it closes the subject.
  const clause = withoutAsides(text.slice(from, at))
    .replace(/<\p{Lu}[\p{Lu}\p{N}]*(?:\.\p{Lu}{1,2})?>/gu, (code) => ' '.repeat(code.length))
    // "A Los Angeles Times poll released earlier this week showed": the participle after a document says when or by
    // whom it came out, not who speaks.
    .replace(DOCUMENT_RELEASED, '$1')
    // "The embassy's annual report on Norland farming forecast": what the document is about is not who speaks.
    .replace(DOCUMENT_ABOUT, '$1')
    // "The poll conducted by Carden Weekly magazine said": who made the document speaks through it (blanked up to the
    // agent, so that offsets stay right).
    .replace(DOCUMENT_MADE_BY, (lead) => ' '.repeat(lead.length))
    .replace(/\s+(?:polled|surveyed|interviewed|questioned|contacted|cited|quoted)\s+by\s+[\p{Lu}][\p{L}.&' -]*$/u, '')
    // "A Barclays Bank executive who asked not to be identified said": a relative clause with no commas round it is
    // not part of the subject it follows (blanked, so that offsets stay right).
    .replace(RELATIVE_TAIL, (tail) => ' '.repeat(tail.length))
    .replace(/^\s*(?:[Bb]ut|[Aa]nd|[Yy]et|[Oo]r|which|whom|However|Meanwhile|Still|Instead|Nevertheless)\s+(?=\S+\s+\S)/u, (opening) => ' '.repeat(opening.length));
  const words = clause.trim().split(/\s+/u).filter(Boolean);
  // "…remarks by spokesman Denis Baudouin, who said on Monday…": the relative pronoun's antecedent, a name closing the
  // clause before its comma, speaks.
  if (words.length === 1 && words[0] === 'who' && text[from - 1] === ',') {
    const before = text.slice(clauseStart(text, from - 1), from - 1);
    const antecedent = NAME_CLOSING.exec(before)?.[1];
    if (antecedent && !NOT_SPEAKERS.has(antecedent.split(/\s+/u)[0] ?? '')) return { text: antecedent, start: from - 1 - antecedent.length };
  }
  // "Daniel Tulis, a natural gas analyst with Shearson Lehman Bros. said": the appositive's closing comma left out;
  // the name stands before it.
  // "Nalin Vissanji, President of the Merchants Chamber said": a title opening it does the same.
  // "Robert Bretz, chairman of the NAPM's committee … said": a role in lower case too.
  const titled = (TITLES.has(words[0] ?? '') || PERSON_NOUNS.has(words[0] ?? '')) && /^(?:of|at|for)$/u.test(words[1] ?? '');
  // "Jerry Huckaby, a leading Congressman representing sugar growers told": any noun of one person ("congressman").
  if (((/^(?:a|an)$/iu.test(words[0] ?? '') && words.slice(1, 5).some((w) => PERSON_NOUNS.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && isOneNoun(w.toLowerCase())))) || titled) && text[from - 1] === ',') {
    const nameStart = clauseStart(text, from - 1);
    const name = text.slice(nameStart, from - 1).trim();
    if (/^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(name)) return { text: name, start: nameStart + (text.slice(nameStart).length - text.slice(nameStart).trimStart().length) };
  }
  // "Some analysts, however, disagreed", "The company, however, said": past the aside to the subject before it.
  // "The NAPM report, based on a survey…, also found": past the aside word and the phrase before it, to the subject.
  if (words.length === 1 && ASIDE_WORDS.has(words[0]?.toLowerCase() ?? '') && text[from - 1] === ',' && from > 1) {
    const segment = clauseStart(text, from - 1);
    const before = OWN_PHRASE.test(text.slice(segment, from - 1)) ? null : subjectOf(text, segment, from - 1);
    if (before) return before;
    words.pop();
  }
  // A time phrase between the auxiliary and the verb ("Bundesbank officials have in the past stressed", "X has in
  // recent weeks argued"): no part of the subject.
  const timed = /^(.*\S)\s+(?:in|over|during)\s+(?:the\s+)?(?:past|recent|last|coming)(?:\s+\p{Ll}+)?$/u.exec(words.join(' '));
  if (timed?.[1]) words.splice(0, words.length, ...timed[1].split(' '));
  // "Michael Jopling during a visit to Washington this week endorsed", "Orr on Monday said": an occasion or a day
  // between the subject and the verb is no part of the subject.
  if (words.includes('during') || WHEN_LAST.test(words.at(-1) ?? '')) {
    for (const phrase of [DURING_PHRASE, WHEN_PHRASE]) {
      const occasion = phrase.exec(words.join(' '));
      if (occasion?.[1]) words.splice(0, words.length, ...occasion[1].split(' '));
    }
  }
  // "Du Plessis in disclosing the new agreement last night said": a participle's phrase of the occasion between a name
  // and the verb is no part of the subject.
  const occasion = /^(.*\p{Lu}[\p{L}'’.-]*)\s+(?:in|by|after|while|when|before|on)\s+\p{Ll}+ing\s.*$/u.exec(words.join(' '));
  if (occasion?.[1] && !/\s(?:in|by|after|while|when|before|on)\s/u.test(occasion[1]) && /^(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:du|de|da|van|von|der)\s+)?){0,3}\p{Lu}[\p{L}'’.-]*$/u.test(occasion[1])) words.splice(0, words.length, ...occasion[1].split(' '));
  while (words.length > 0 && (ADVERB_WORDS.has(words.at(-1) ?? '') || isMannerAdverb(words.at(-1) ?? ''))) words.pop();
  // "As the dollar fell against the yen today foreign exchange traders said": a day word inside the clause, with no
  // comma after it, closes the clause before; the subject is what follows it.
  const day = words.findLastIndex((w) => /^(?:today|yesterday|tonight)$/u.test(w));
  if (day >= 1 && day < words.length - 1) {
    const after = text.slice(from, at).search(new RegExp(`\\b${words[day] ?? ''}\\s`, 'u'));
    const rest = words.slice(day + 1);
    if (after >= 0 && (isGroupNoun(rest.at(-1)?.toLowerCase() ?? '') || /^\p{Lu}/u.test(rest[0] ?? ''))) return subjectOf(text, from + after + (words[day]?.length ?? 0), at);
  }
  // "Dow Chemical Co's Merrell Dow Pharmaceuticals Inc unit said": the company the unit is, not its parent.
  const unit = words.length > 2 && /^(?:unit|subsidiary|affiliate|arm|division)$/u.test(words.at(-1) ?? '') && COMPANY_END.test(words.slice(0, -1).join(' '));
  if (unit) {
    words.pop();
    const owner = words.findLastIndex((w) => /['’]s?$/u.test(w));
    if (owner >= 0 && owner < words.length - 1) words.splice(0, owner + 1);
  }
  const last = words.at(-1);
  if (last === undefined) {
    // "Smith, a spokesman for the ministry, said": the name stands before the appositive.
    if (text[from - 1] !== ',') return null;
    const appositiveStart = clauseStart(text, from - 1, 240);
    // An appositive or a relative clause may run long ("Baglini, an observer at Argentina's negotiations in New
    // York with the steering committee…, told"); one opening otherwise is held to a title's length.
    const opensAside = /^\s*(?:a|an|the|who|which|whose|one|head|chief|\p{Ll}+\s+(?:of|at|for))\b/u.test(text.slice(appositiveStart, from));
    if (text[appositiveStart - 1] !== ',' || from - appositiveStart > (opensAside ? 220 : 90)) return null;
    // "Some analysts, however, disagreed": an aside word between the commas, the subject before it.
    const aside = text.slice(appositiveStart, from - 1).trim();
    if (ASIDE_WORDS.has(aside.toLowerCase()) || ASIDE_PHRASE.test(aside)) {
      return subjectOf(text, clauseStart(text, appositiveStart - 1), appositiveStart - 1);
    }
    let nameStart = clauseStart(text, appositiveStart - 1);
    let name = text.slice(nameStart, appositiveStart - 1).trim();
    // "Gordon Macklin, 58, who has served as president for 17 years, today announced": the age set off between the
    // name and the relative clause is passed over to the name.
    if (/^\d{1,3}$/u.test(name) && text[nameStart - 1] === ',' && RELATIVE_OPENING.test(text.slice(appositiveStart, from))) {
      const further = clauseStart(text, nameStart - 1);
      const before = text.slice(further, nameStart - 1).trim();
      if (isNameSegment(before)) {
        nameStart = further + (text.slice(further).length - text.slice(further).trimStart().length);
        name = before;
      }
    }
    // "Marten Olsby, a trader at Kestrel, and his father, a retired professor, said": two speakers joined, each with an
    // appositive; the first named heads the pair (and "they" after it are the pair, see `pair`).
    if (/^and\s/u.test(name) && text[nameStart - 1] === ',') {
      const firstAside = clauseStart(text, nameStart - 1);
      const firstStart = text[firstAside - 1] === ',' ? clauseStart(text, firstAside - 1) : -1;
      const first = firstStart >= 0 ? text.slice(firstStart, firstAside - 1).trim() : '';
      if (nameStart - firstAside <= 120 && isNameSegment(first)) return { text: first, start: firstStart + (text.slice(firstStart).length - text.slice(firstStart).trimStart().length), pair: true };
    }
    // "Mr. Pratik Agarwal, Chief Executive Officer, IndiGrid, said": a segment of role words alone is the title; the
    // name stands one segment further back.
    // "Youcef Yousfi, director-general of Sonatrach, the state agency, indicated": a role in lower case is not the
    // name either.
    if ((isRoleOnly(name) || /^\p{Ll}[\p{L}-]*\s+(?:of|at|for)\s/u.test(name)) && text[nameStart - 1] === ',') {
      const further = clauseStart(text, nameStart - 1);
      const before = text.slice(further, nameStart - 1).trim();
      if (nameStart - further <= 90 && /\p{Lu}[\p{L}'’.-]*$/u.test(before)) {
        nameStart = further;
        name = before;
      }
    }
    // Only a name stands there: "…are unlikely to sell their U.S. Treasuries, but will put in less money, said
    // Kobuse" ends a clause in a capital, and the name is the one after the verb.
    // "Kuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah, said": a segment ending in a title describes; the
    // name is in the appositive after it.
    const appositive = text.slice(appositiveStart, from - 1).trim();
    const titleFirst = TITLES.has(name.split(/\s+/u).at(-1) ?? '') && /^(?:(?:\p{Lu}|(?:al|el)-)[\p{L}'’.-]*\s+){1,4}(?:\p{Lu}|(?:al|el)-)[\p{L}'’.-]*$/u.test(appositive) && !isRoleOnly(appositive);
    if (titleFirst) return { text: appositive, start: appositiveStart + (text.slice(appositiveStart).length - text.slice(appositiveStart).trimStart().length) };
    // "Donald Keithley, vice president, dealer services, for J.D. Power, a California-based market research firm,
    // says": a run of role segments after the name (in lower case, or opening with "for", "of", "at"), back to the
    // name that opens the sentence.
    if (PREPOSITION_OPENING.test(name) || /^\p{Ll}/u.test(name)) {
      let segmentStart = nameStart;
      for (let i = 0; i < 4 && text[segmentStart - 1] === ','; i++) {
        const further = clauseStart(text, segmentStart - 1);
        const segment = text.slice(further, segmentStart - 1).trim();
        const opens = further === 0 || /[.!?]\s*$/u.test(text.slice(Math.max(0, further - 3), further)) || text[further - 1] === '-' || text[further - 1] === '–';
        if (/^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(segment) && !isRoleOnly(segment) && !NOT_SPEAKERS.has(segment.split(/\s+/u)[0] ?? '') && opens) {
          return { text: segment, start: further + (text.slice(further).length - text.slice(further).trimStart().length) };
        }
        if (!(PREPOSITION_OPENING.test(segment) || /^\p{Ll}/u.test(segment) || isRoleOnly(segment))) break;
        segmentStart = further;
      }
    }
    // "The chairman of the Federal Reserve Board, Paul Volcker, has written": a role of an organisation, then the
    // name in apposition: the name.
    const roleFirst = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(name);
    const appositiveName = text.slice(appositiveStart, from - 1).trim();
    if (roleFirst?.[1] && PERSON_NOUNS.has(roleFirst[1]) && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(appositiveName) && !isRoleOnly(appositiveName)) {
      return { text: appositiveName, start: appositiveStart + (text.slice(appositiveStart).length - text.slice(appositiveStart).trimStart().length) };
    }
    // "However, Karl Orr differed, saying": a word that opens a clause before the comma is no name; the clause after
    // it has the subject.
    if (isNameSegment(withoutAsides(name).trim()) && !NOT_SPEAKERS.has(withoutAsides(name).trim())) return { text: withoutAsides(name), start: nameStart };
    // "The strategist, who works for…, said", "The group, due to be privatised…, said", "The NAPM report, based on a
    // survey…, found": a description before a relative clause or a phrase of its own is the subject.
    const head = name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    const description = /^(?:the|a|an)\s+(?:[\p{L}.&'’-]+\s+){0,3}[\p{Ll}-]+$/iu.test(name.trim());
    // "A group of angry farmers, led by Senator Ruth Calder, charged": a group described, its leader in an aside.
    // A group only with an agent's phrase ("led by", "headed by"): "The petitioners, who brought the case…, had asked…,
    // arguing" is a sentence about them, not an attribution.
    const ledGroup = isGroupNoun(head) && /^\s*\p{Ll}+ed\s+by\s/u.test(appositive);
    if (description && (isOneNoun(head) || ORG_NOUNS.has(head) || DOCUMENTS.has(head) || ledGroup) && OWN_PHRASE.test(appositive)) {
      return { text: name.trim(), start: nameStart + (text.slice(nameStart).length - text.slice(nameStart).trimStart().length) };
    }
    // "MITI officials, who declined to be identified, said": people unnamed, then a relative clause of their own, are
    // the subject (a relative clause only: a participle or a clause after them may be a sentence about them).
    // A verb of saying itself right after the aside: "The petitioners, who brought the case, had asked whether…" is
    // a sentence about them.
    // Not a group a preposition opens ("caused a rebellion among dealers, who demanded…, says Jauppi").
    const group = RELATIVE_OPENING.test(appositive) && SAYING.test(text.slice(at, at + 8)) && !PREPOSITION_OPENING.test(name.trim()) ? groupPhrase(name.trim().split(/\s+/u)) : null;
    if (group && name.trim().endsWith(group)) {
      return { text: name.trim(), start: nameStart + (text.slice(nameStart).length - text.slice(nameStart).trimStart().length) };
    }
    // "The ministry's spokesman, Ali Rezaei, said": a description first, the name in the appositive.
    const describedBy = name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    // "…15-20 billion dlrs, Shigeki Matsumoto of Nikko Securities Co Ltd, said": a clause, then the name set off by
    // commas as a trailing attribution.
    // Or a description first ("The other member of the three-man board, Marvin Duncan, agreed."), the name its
    // appositive (speakers.ts reads that as a sentence of its own, not an attribution trailing the words before).
    const clause = !/\p{Lu}[\p{L}'’.-]*$/u.test(name) && name.split(/\s+/u).length > 4;
    if (clause && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}.*)?$/u.test(appositive)) {
      return { text: appositive, start: appositiveStart + (text.slice(appositiveStart).length - text.slice(appositiveStart).trimStart().length) };
    }
    if (PERSON_NOUNS.has(describedBy) && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(appositive)) {
      return { text: appositive, start: appositiveStart + (text.slice(appositiveStart).length - text.slice(appositiveStart).trimStart().length) };
    }
    return null;
  }
  const start = from + (clause.length - clause.trimStart().length);
  const lower = last.toLowerCase();
  // "an arbitrageur said", "One analyst said", "one Republican strategist said": one of the unnamed.
  // "an arbitrageur said", "One analyst said", "a senior economic planner said", "a spokesman said": the indefinite
  // article brings in someone new, unnamed (a capital after it is the employer: "a BankAmerica spokesman").
  if (/^(?:a|an|one|another)$/iu.test(words[0] ?? '') && words.length <= 5 && (UNNAMED_ONE.has(lower) || (isOneNoun(lower) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))))) return { text: words.join(' ').toLowerCase(), start };
  // "Its lawyer said", "his spokesman said": the role, unnamed.
  if (/^(?:its|his|her|their)$/iu.test(words[0] ?? '') && words.length <= 4 && isOneNoun(lower) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return { text: words.slice(1).join(' ').toLowerCase(), start };
  // "A senior official of Kestrel Brothers Inc (and his father) told": one unnamed, described with whom they work for,
  // the organisation's name kept (as written); a relative joined after makes the subject a pair.
  // "an official of the ruling party said": a body described in lower case after "of the" is kept too ("at the
  // ministry" says where they are, and is not).
  // "A member of the board which regulates the farm credit system said": one unnamed, described by the body they sit
  // on and what it does; the relative clause is part of the description.
  const relative = RELATIVE_DESCRIPTION.exec(words.join(' '));
  if (relative?.[1] && isOneNoun(relative[1])) return { text: relative[0].replace(/^A(n?)\s/u, 'a$1 ').replace(/^One\s/u, 'one '), start };
  const ofOrg = /^(?:A|An|One|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)(?:\s+(?:of|at|with)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}|\s+of\s+the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=(\s+and\s+(?:his|her|their)\s+\p{Ll}+)?$)/u.exec(words.join(' '));
  if (ofOrg?.[1] && isOneNoun(ofOrg[1])) return { text: ofOrg[0].replace(/^A(n?)\s/u, 'a$1 ').replace(/^One\s/u, 'one '), start, ...(ofOrg[2] ? { pair: true } : {}) };
  // "officials of the organization said": people unnamed, of a body described in lower case, kept whole.
  const ofBody = GROUP_OF_BODY.exec(words.join(' '));
  if (ofBody?.[1] && isGroupNoun(ofBody[1]) && ORG_NOUNS.has(lower)) return { text: ofBody[0].toLowerCase(), start };
  const unnamed = unnamedOpening(clause.trim());
  if (unnamed) return { text: unnamed[0].toLowerCase().replace(/^(?:but|and|yet|so)\s+/u, ''), start };
  // "he", "she", "they" right before the verb are its subject however long the clause before them ("He made no
  // forecast … but he said"); "it" only in a short clause.
  if (PRONOUNS.has(lower)) return words.length <= 3 || (lower !== 'it' && last === lower) ? { text: lower, start: start + clause.trim().lastIndexOf(last) } : null;
  const group = groupPhrase(words);
  if (group) return { text: group, start };
  // "A BankAmerica spokesman said", "a Treasury official said": the role speaks for the organisation named in it.
  const article = words.findLastIndex((w) => /^(?:a|an|the|another)$/iu.test(w));
  // "A Los Angeles Times poll showed": a document the same way, for whoever it is named after.
  if (article >= 0 && (PERSON_NOUNS.has(lower) || DOCUMENTS.has(lower)) && words.length - article <= 6 && (/^\p{Lu}/u.test(words[article + 1] ?? '') || ORG_NOUNS.has(words.at(-2)?.toLowerCase() ?? ''))) {
    return { text: words.slice(article).join(' '), start };
  }
  const the = words.findLastIndex((w) => w.toLowerCase() === 'the');
  // "the U.S. Embassy's annual agriculture report said": whoever owns the document speaks; "Argentina's chief debt
  // negotiator said": someone unnamed, described by role and country.
  const owner = words.findLastIndex((w) => /\p{Lu}[\p{L}.&-]*['’]s?$/u.test(w));
  if (owner >= 0 && owner < words.length - 1 && words.length - owner <= 5 && words.slice(owner + 1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) {
    let first = owner;
    while (first > 0 && /^\p{Lu}/u.test(words[first - 1] ?? '')) first--;
    if (DOCUMENTS.has(lower)) return { text: words.slice(first, owner + 1).join(' ').replace(/['’]s?$/u, ''), start };
    if (isOneNoun(lower)) return { text: words.slice(first).join(' '), start };
  }
  // "Carden Weekly magazine said", "the Norland newspaper said": a publication by its name and what it is.
  if (PUBLICATIONS.has(lower) && words.length >= 2 && words.length <= 5 && words.slice(/^the$/iu.test(words[0] ?? '') ? 1 : 0, -1).every((w) => /^\p{Lu}/u.test(w))) return { text: words.join(' '), start };
  // "The embassy's annual report forecast": the organisation described before the possessive speaks through it.
  if (/^the$/iu.test(words[0] ?? '') && /^\p{Ll}+['’]s$/u.test(words[1] ?? '') && words.length <= 5 && DOCUMENTS.has(lower) && words.slice(2).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) {
    return { text: `the ${(words[1] ?? '').replace(/['’]s$/u, '')}`, start };
  }
  // "a new poll said", "a recent survey showed": a document new to the story, described in lower case.
  if (/^(?:a|an)$/iu.test(words[0] ?? '') && words.length <= 4 && DOCUMENTS.has(lower) && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return { text: words.join(' '), start };
  // "The guild said": a definite description in lower case, for the resolver to match to the organisation named.
  // "the electric utility trade association said": five words when an institution's noun heads them.
  if (/^the$/iu.test(words[0] ?? '') && words.length >= 2 && (words.length <= 4 || (words.length === 5 && ORG_NOUNS.has(lower))) && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !LOWER_STOPS.has(w))) return { text: words.join(' '), start };
  // "the minerals and energy company said": two trades joined before an institution's noun describe it too.
  if (/^the$/iu.test(words[0] ?? '') && words.length === 5 && words[2] === 'and' && ORG_NOUNS.has(lower) && [words[1], words[3]].every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w ?? '') && !LOWER_STOPS.has(w ?? ''))) return { text: words.join(' '), start };
  // "A spokesman for the ministry said": one unnamed, described by a role and whom they work for, all of it.
  const roleOf = words.findIndex((w) => /^(?:of|for|at|from|with)$/u.test(w));
  // "an economist at one of the main embassies here said", "One dealer at a U.S. securities house said": after an
  // indefinite article or "one of", whom they work for is unnamed too, capitals or not.
  const tail = words.slice(roleOf + 1);
  const lowerWord = (w: string) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w);
  const unnamedEmployer = /^(?:a|an|one)$/u.test(tail[0] ?? '') && tail.length <= 7 && lowerWord(tail.at(-1) ?? '');
  if (/^(?:a|an|one)$/iu.test(words[0] ?? '') && roleOf >= 2 && roleOf <= 4 && isOneNoun(words[roleOf - 1] ?? '') && (unnamedEmployer || (words.length - roleOf <= 5 && tail.every(lowerWord))) && words.slice(1, roleOf + 1).every(lowerWord)) {
    return { text: words.join(' ').replace(/^A(n?)\s/u, 'a$1 '), start };
  }
  // "Karl Weber of the Harbour Institute said": the organisation after "of" is where the named speaker works.
  const postmodifies = /^(?:of|at|for|from|with)$/u.test(words[the - 1] ?? '') && words.slice(0, the - 1).some((w) => /^\p{Lu}/u.test(w) && !/^(?:A|An|The|One)$/u.test(w));
  if (the >= 0 && !postmodifies && words.length - the <= 4 && (ORG_NOUNS.has(lower) || PERSON_NOUNS.has(lower))) return { text: words.slice(the).join(' '), start };
  // A name may end in a particle's form (`Ali al-Khalifa al-Sabah`): capitalised after its particle.
  if (/^\p{Lu}/u.test(last) || /^\p{Ll}{1,3}-\p{Lu}/u.test(last)) return NOT_SPEAKERS.has(last.replace(/[.,]$/u, '')) && words.length === 1 ? null : { text: words.join(' '), start };
  // Copy set all in lower case ("ecolab said…") has no capitals to find names by: the words before the verb,
  // up to a function word, are the name.
  if (!/\p{Lu}/u.test(text)) {
    const name: string[] = [];
    for (const w of [...words].reverse()) {
      if (!/^\p{Ll}[\p{Ll}'’.-]*$/u.test(w) || LOWER_STOPS.has(w) || name.length === 3) break;
      name.unshift(w);
    }
    // After an article it is a description ("a spokesman"), which resolve() reads as one.
    const article = words[words.length - name.length - 1]?.toLowerCase();
    if (article === 'a' || article === 'an' || article === 'the') name.unshift(article);
    if (name.length > 0) return { text: name.join(' '), start: at - clause.length + clause.lastIndexOf(name[0] ?? '') };
  }
  return null;
}

