/**
 * Source tagging inside the text: who each paragraph is attributed to. Reads direct quotes, reported speech
 * ("X said that…", "…, he added", "he noted"), "according to X", and resolves pronouns, surnames and
 * descriptions ("the company", "the minister") to the person or organisation named earlier. A paragraph with no
 * attribution is the agency's own narration (speaker null); a bare quote continues the previous speaker.
 */
import type { Entities, PersonEntity, SourceKind } from '../domain/desk.js';
import { type Mention } from './entities.js';
import { ORG_HEADS, TITLES } from './proper-names.js';

export interface SpeakerTagged {
  readonly speaker: string | null;
  readonly kind: SourceKind | null;
}

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'stressed', 'emphasized',
  'emphasised', 'warned', 'warns', 'cautioned', 'explained', 'insisted', 'argued', 'urged', 'announced', 'declared',
  'praised', 'claimed', 'asserted', 'acknowledged', 'admitted', 'remarked', 'pointed out', 'reiterated', 'underlined',
  'underscored', 'commented', 'wrote', 'writes', 'replied', 'responded', 'asked', 'denied', 'confirmed', 'predicted',
  'suggested', 'criticized', 'criticised', 'condemned', 'called for', 'expressed', 'described', 'referred to',
  'highlighted', 'hailed', 'vowed', 'pledged', 'promised', 'estimated', 'saying', 'adding', 'noting', 'stressing', 'insisting', 'arguing', 'defended', 'believes', 'welcomed',
  'rejected', 'dismissed', 'accused', 'complained', 'conceded', 'agreed', 'disclosed', 'revealed', 'tweeted',
  'posted', 'maintained', 'contended', 'observed', 'forecast', 'projected', 'reported', 'testified', 'announces',
  'indicated', 'speculated', 'disagreed', 'believe', 'predict', 'forecasts',
];
/**
 * The same for the other languages of the wires read here, the forms that report speech in agency copy ("…»,
 * a déclaré le ministre", "…", dijo Sunkaria", "…, säger Timmermans"): past and present, never a word that is
 * also an ordinary word of another language.
 */
const OTHER_VERBS = [
  // French
  'a déclaré', 'a affirmé', 'a ajouté', 'a estimé', 'a expliqué', 'a indiqué', 'a souligné', 'a assuré', 'a dit', 'a précisé', 'a fustigé', 'a annoncé', 'a averti',
  'déclare', 'affirme', 'estime', 'explique', 'souligne', 'précise', 'ajoute',
  // Spanish, Portuguese, Italian
  'dijo', 'afirmó', 'añadió', 'declaró', 'explicó', 'aseguró', 'señaló', 'indicó', 'agregó', 'lamentó', 'subrayó', 'manifestó', 'advirtió',
  'disse', 'afirmou', 'declarou', 'acrescentou', 'ha detto', 'ha dichiarato', 'ha affermato', 'ha aggiunto', 'ha spiegato',
  // German, Dutch
  'sagte', 'erklärte', 'betonte', 'zei', 'zegt', 'verklaarde',
  // Swedish, Norwegian, Danish, Finnish
  'säger', 'sade', 'konstaterar', 'uppger', 'berättar', 'sier', 'opplyser', 'forteller', 'siger', 'sagde', 'udtaler', 'fortæller', 'sanoi', 'kertoi',
];
const VERB = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...VERBS, ...OTHER_VERBS].join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'gu');
const OTHER_VERB_SET = new Set(OTHER_VERBS);
/** "according to X" and its forms in the other languages. */
const ACCORDING = /(?<![\p{L}])(?:according to|selon|según|enligt|ifølge|laut|secondo|segundo|volgens)\s+/giu;
const UNNAMED = /\b((?:(?:\p{L}+|U\.S\.)\s+){0,2}(?:officials|sources|a source|one source|analysts|witnesses|residents|experts|diplomats|observers|insiders|delegates|fund managers|spokesmen|people familiar with [\p{L} ]+))$/iu;
const ORG_NOUNS = new Set([
  'company', 'firm', 'ministry', 'agency', 'council', 'government', 'group', 'bank', 'army', 'military', 'police',
  'court', 'committee', 'party', 'organisation', 'organization', 'commission', 'authority', 'department', 'office',
  'union', 'board', 'airline', 'carrier', 'network', 'club', 'university', 'hospital', 'regulator', 'embassy',
  'cabinet', 'administration', 'parliament', 'statement', 'report', 'insurer', 'operator', 'manufacturer', 'utility',
  'service', 'federation', 'association', 'institute', 'foundation', 'coalition', 'movement', 'alliance', 'fund',
]);
const DOCUMENTS = new Set(['statement', 'report', 'study', 'survey', 'document', 'letter', 'filing', 'memo', 'decree', 'communique']);
const PERSON_NOUNS = new Set([
  'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'official', 'secretary', 'chairman', 'chief',
  'director', 'governor', 'ambassador', 'envoy', 'general', 'commander', 'mayor', 'senator', 'lawmaker', 'premier',
  'leader', 'executive', 'ceo', 'analyst', 'economist', 'judge', 'prosecutor', 'professor', 'researcher', 'doctor',
  'head', 'founder', 'manager', 'king', 'pope', 'coach', 'captain', 'chairwoman', 'diplomat', 'farmer', 'engineer',
  'scientist', 'teacher', 'owner', 'mother', 'father', 'woman', 'man',
]);

/** A role noun in lower case, then a name of two to four capitalised words closing the subject. */
const ROLE_THEN_NAME = new RegExp(`(?:^|\\s)(?:${[...PERSON_NOUNS].filter((n) => !['man', 'woman', 'mother', 'father'].includes(n)).join('|')})\\s+((?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}\\p{Lu}[\\p{L}'’.-]+)$`, 'u');
/** A person's name (two to four capitalised words) "of" an organisation. */
const PERSON_OF = /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u;

interface Cue {
  readonly at: number;
  /** A trailing attribution (", he added.") or "according to" governs the paragraph over an earlier verb. */
  readonly strong: boolean;
  readonly subject: string;
  readonly mentions: readonly Mention[];
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
    const cue = pickCue(findCues(text, list));
    let tag: SpeakerTagged = { speaker: null, kind: null };
    if (cue) tag = state.resolve(cue, list);
    else if (/^["“‘]/u.test(text) && previous.speaker) tag = previous;
    state.afterParagraph(tag, list);
    out.push(tag);
    previous = tag;
  });
  return out;
}

const CLAUSE_STOPS = new Set([',', ';', ':', '"', '“', '”', '(', '.', '?', '!']);
const ADVERB_WORDS = new Set(['also', 'further', 'then', 'later', 'earlier', 'previously', 'again', 'has', 'had', 'have', 'was', 'is', 'once', 'repeatedly', 'publicly', 'recently', 'separately', 'strongly', 'had', 'would', 'will']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const UNNAMED_NOUNS = new Set([
  'officials', 'sources', 'source', 'analysts', 'witnesses', 'residents', 'experts', 'diplomats', 'observers',
  'insiders', 'farmers', 'workers', 'protesters', 'villagers', 'traders', 'economists', 'investors', 'doctors',
  'dealers', 'bankers', 'brokers', 'strategists', 'executives', 'lawmakers', 'officers', 'police',
  'delegates', 'managers', 'spokesmen', 'producers', 'exporters', 'importers', 'negotiators', 'participants', 'others',
]);
/** Words set off by commas inside a clause ("Some analysts, however, disagreed"): the subject stands before them. */
const ASIDE_WORDS = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'instead', 'nevertheless', 'moreover', 'furthermore']);
/** Words that open a clause or name a day, never a speaker: "Monday said…", "As one trader said…". */
const NOT_SPEAKERS = new Set(`
  As But And Or So Yet While When Whereas If Although Though Because Since After Before Until Then Now Also However
  In On At By For With From Of The A An This That These Those It Its There Here Meanwhile Separately Earlier Later
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
  January February March April May June July August September October November December
`.split(/\s+/u).filter(Boolean));
/** A company's legal form or an institution's head noun closing a name: the whole name is an organisation. */
const COMPANY_END = /(?:^|\s)(?:Co|Cos|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|SpA|GmbH|Bhd|Group|Trust|Bank|Holdings|Industries|Motors|Airlines|Partners|Capital|Securities|Fund)\.?$/u;
/** "A source close to the talks said", "a senior official, who asked not to be named, said". */
const UNNAMED_OPENING = /^(?:(?:a|an|one|two|three|several|some)\s+)?(?:[\p{L}-]+\s+){0,3}(source|sources|official|officials|diplomat|diplomats)\b/iu;
/** What an inverted attribution names: a capitalised name or a description ("said Peskov", "said the minister"). */
const INVERTED_SUBJECT = /^(?:(?:the|a|an|one|two|three|several|some|his|her|their|its)\s+\p{L}|\p{Lu})/u;
/** What the other languages' "according to" names: a capitalised name, or an article and a noun. */
const NAMED_SOURCE = /^(?:\p{Lu}|(?:el|la|los|las|le|les|un|une|der|die|das|den|det|de|il|lo|o|a|os|as)\s+\p{L}|l['’]\p{L})/u;
/** Verbs of commitment that, followed by "to", report no words: "agreed to indemnify", "vowed to fight" still does. */
const COMMITMENTS = new Set(['agreed', 'promised', 'pledged']);
/** Participles that report the speech of the sentence's subject: "X defended the rise, saying …". */
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'stressing', 'insisting', 'arguing']);
/**
 * Common female given names, for "she" against "he" when the story never says. A short list across languages;
 * a name not on it is taken as unknown, never as male.
 */
const FEMALE_NAMES = new Set(`
  Ana Anna Maria Marta Elena Sofia Sophia Sophie Priya Fatima Aisha Leila Layla Maryam Zahra Sara Sarah Laura Julia
  Emma Olivia Isabel Isabella Lucia Carmen Rosa Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Karen
  Nancy Lisa Margaret Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Helen Anne
  Angela Ursula Kamala Hillary Theresa Nicola Jacinda Christine Giorgia Marine Ségolène Annalena Kaja Roberta Yulia
  Svetlana Olga Natalia Irina Tatiana Mei Yuki Hana Ngozi Amina Chioma Nadia Yasmin Noor Huda Rania Dina Mona Hind
  Ingrid Astrid Greta Freya Claire Chloe Camille Mathilde Agnes Francesca Chiara Giulia Paola Beatriz Ines Gabriela
  Mariana Valentina Catalina Daniela Alejandra Lina Lena Eva Katarina Petra Zuzana Magdalena Agnieszka Joanna Alicia
`.split(/\s+/u).filter(Boolean));

/**
 * Where the clause ending at `at` starts: after the last comma, quote, bracket or sentence end within 160 characters.
 * A bracketed aside closed before `at` is passed over whole ("Arrow Exploration Corp. (TSXV: AXL) announces", "Alyn
 * Smith, a Scottish National Party (SNP) member, hailed"): the clause goes on before it.
 */
function clauseStart(text: string, at: number): number {
  const min = Math.max(0, at - 160);
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
    if (c === '.' && ABBREVIATION_END.test(text.slice(Math.max(0, i - 6), i + 1))) {
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
const ABBREVIATION_END = /(?:^|[\s(])(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col|Maj|Capt|Sgt|Prof|\p{Lu})\.$/u;

/** The clause's words without the bracketed asides clauseStart passed over. */
function withoutAsides(clause: string): string {
  return clause.replace(/\s*\([^()]*\)/gu, '');
}

function findCues(text: string, mentions: readonly Mention[]): Cue[] {
  const cues: Cue[] = [];
  {
    for (const m of text.matchAll(ACCORDING)) {
      const after = (m.index ?? 0) + m[0].length;
      let stop = after;
      while (stop < text.length && stop < after + 120 && !CLAUSE_STOPS.has(text[stop] ?? '')) stop++;
      // The other languages' forms also open opinions and pronouns ("enligt vår mening", "selon elle"): only a
      // name or a description ("según la fuente") is a source.
      if (!/^according/iu.test(m[0]) && !NAMED_SOURCE.test(text.slice(after, stop))) continue;
      cues.push({ at: m.index ?? 0, strong: true, subject: text.slice(after, stop).trim(), mentions: within(mentions, after, stop) });
    }
  }
  for (const m of text.matchAll(VERB)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // "has agreed to indemnify", "promised to pay": a commitment, not words reported.
    if (COMMITMENTS.has(m[0]) && /^\s+to\s/u.test(text.slice(end, end + 4))) continue;
    const from = clauseStart(text, at);
    const opener = text[from - 1] ?? '';
    const next = text.slice(end).trimStart()[0];
    const closes = next === undefined || next === '.' || next === ',' || next === ';' || next === '!' || next === '?';
    const trailing = closes && (opener === ',' || opener === '"' || opener === '”');
    let subject = subjectOf(text, from, at);
    // "X issued a warning and said …", "X defended the rise, saying …": the sentence's subject speaks.
    const ending = text.slice(from, at).trim();
    if (!subject && (/\band$/u.test(ending) || (ending === '' && PARTICIPLES.has(m[0])))) subject = sentenceSubject(text, at, mentions);
    if (subject) {
      // The subject's own mentions: an appositive after it ("Wong, managing director of Indosuez Asia, said")
      // names the employer, not the speaker.
      cues.push({ at, strong: trailing, subject: subject.text, mentions: within(mentions, subject.start, Math.min(at, subject.start + subject.text.length)) });
      continue;
    }
    // Inverted: `…," said Shamkhani.` / `…, said the minister.` A participle is never inverted (", arguing that
    // the question…" reports the sentence's subject), and what follows must name someone: a capitalised word or a
    // description ("the minister", "a spokesman"), not an object ("hailed it as a…").
    if (text.slice(from, at).trim() === '' && (opener === ',' || opener === '"' || opener === '”') && !PARTICIPLES.has(m[0])) {
      let stop = end;
      while (stop < text.length && stop < end + 80 && !CLAUSE_STOPS.has(text[stop] ?? '')) stop++;
      const after = text.slice(end, stop).trim();
      if (after && INVERTED_SUBJECT.test(after)) cues.push({ at, strong: true, subject: after, mentions: within(mentions, end, stop) });
      // `"…", declaró, antes de…`: the languages that drop the subject report the last speaker's words so.
      else if (OTHER_VERB_SET.has(m[0].replace(/\s+/gu, ' ')) && (opener === '"' || opener === '”' || text[from - 2] === '"' || text[from - 2] === '»')) {
        cues.push({ at, strong: true, subject: 'he', mentions: [] });
      }
    }
  }
  return cues.sort((a, b) => a.at - b.at);
}

function sentenceSubject(text: string, at: number, mentions: readonly Mention[]): { text: string; start: number } | null {
  const sentence = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at)) + 1;
  const first = mentions.find((m) => m.start >= sentence && m.end <= at && (m.kind === 'person' || m.kind === 'organisation'));
  return first ? { text: text.slice(first.start, first.end), start: first.start } : null;
}

/** Who the clause before a verb names: a pronoun, unnamed people, a description, or a name (also before an appositive). */
function subjectOf(text: string, from: number, at: number): { text: string; start: number } | null {
  const clause = withoutAsides(text.slice(from, at));
  const words = clause.trim().split(/\s+/u).filter(Boolean);
  // "Some analysts, however, disagreed", "The company, however, said": past the aside to the subject before it.
  if (words.length === 1 && ASIDE_WORDS.has(words[0]?.toLowerCase() ?? '') && text[from - 1] === ',' && from > 1) {
    return subjectOf(text, clauseStart(text, from - 1), from - 1);
  }
  while (words.length > 0 && ADVERB_WORDS.has(words.at(-1) ?? '')) words.pop();
  const last = words.at(-1);
  if (last === undefined) {
    // "Smith, a spokesman for the ministry, said": the name stands before the appositive.
    if (text[from - 1] !== ',') return null;
    const appositiveStart = clauseStart(text, from - 1);
    if (text[appositiveStart - 1] !== ',' || from - appositiveStart > 90) return null;
    // "Some analysts, however, disagreed": an aside word between the commas, the subject before it.
    if (ASIDE_WORDS.has(text.slice(appositiveStart, from - 1).trim().toLowerCase())) {
      return subjectOf(text, clauseStart(text, appositiveStart - 1), appositiveStart - 1);
    }
    let nameStart = clauseStart(text, appositiveStart - 1);
    let name = text.slice(nameStart, appositiveStart - 1).trim();
    // "Mr. Pratik Agarwal, Chief Executive Officer, IndiGrid, said": a segment of role words alone is the title; the
    // name stands one segment further back.
    if (isRoleOnly(name) && text[nameStart - 1] === ',') {
      const further = clauseStart(text, nameStart - 1);
      const before = text.slice(further, nameStart - 1).trim();
      if (nameStart - further <= 90 && /\p{Lu}[\p{L}'’.-]*$/u.test(before)) {
        nameStart = further;
        name = before;
      }
    }
    if (/\p{Lu}[\p{L}'’.-]*$/u.test(name)) return { text: withoutAsides(name), start: nameStart };
    // "The ministry's spokesman, Ali Rezaei, said": a description first, the name in the appositive.
    const appositive = text.slice(appositiveStart, from - 1).trim();
    const describedBy = name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    // "…15-20 billion dlrs, Shigeki Matsumoto of Nikko Securities Co Ltd, said": a clause, then the name set off by
    // commas as a trailing attribution.
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
  const unnamed = UNNAMED_OPENING.exec(clause.trim());
  if (unnamed) return { text: unnamed[0].toLowerCase(), start };
  if (PRONOUNS.has(lower)) return words.length <= 3 ? { text: lower, start } : null;
  if (UNNAMED_NOUNS.has(lower)) return { text: words.slice(-3).filter((w) => !/^(?:the|and|while|but)$/iu.test(w)).join(' '), start };
  // "A BankAmerica spokesman said", "a Treasury official said": the role speaks for the organisation named in it.
  const article = words.findLastIndex((w) => /^(?:a|an|the)$/iu.test(w));
  if (article >= 0 && PERSON_NOUNS.has(lower) && words.length - article <= 5 && (/^\p{Lu}/u.test(words[article + 1] ?? '') || ORG_NOUNS.has(words.at(-2)?.toLowerCase() ?? ''))) {
    return { text: words.slice(article).join(' '), start };
  }
  const the = words.findLastIndex((w) => w.toLowerCase() === 'the');
  if (the >= 0 && words.length - the <= 4 && (ORG_NOUNS.has(lower) || PERSON_NOUNS.has(lower))) return { text: words.slice(the).join(' '), start };
  if (/^\p{Lu}/u.test(last)) return NOT_SPEAKERS.has(last.replace(/[.,]$/u, '')) && words.length === 1 ? null : { text: words.join(' '), start };
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

const LOWER_STOPS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'as', 'while', 'when', 'that', 'which', 'who', 'on', 'in', 'at', 'of', 'to', 'for', 'it', 'its', 'also', 'then', 'has', 'had', 'was']);

function within(mentions: readonly Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start >= start - 1 && m.end <= end + 1);
}

function pickCue(cues: readonly Cue[]): Cue | null {
  const strong = cues.find((c) => c.strong);
  // "Ecolab said it would raise its bid, a spokesman said": the named subject, not the description after it.
  if (strong && /^(?:a|an)\s/iu.test(strong.subject)) {
    const named = cues.find((c) => c.at < strong.at && !/^(?:a|an|the|he|she|it|they)\b/iu.test(c.subject));
    if (named) return named;
  }
  return strong ?? cues[0] ?? null;
}

class Resolver {
  private lastSpeakerPerson: string | null = null;
  /** People who have spoken, most recent first: "he added" goes to the last male (or unknown) speaker. */
  private speakersByRecency: string[] = [];
  private lastPerson: string | null = null;
  private lastOrg: string | null = null;
  /** Unnamed people last quoted ("fund managers"): "they added" is theirs. */
  private lastUnnamed: string | null = null;
  private readonly people: readonly PersonEntity[];
  private readonly orgs: readonly string[];

  constructor(entities: Entities) {
    this.people = entities.people;
    this.orgs = entities.organisations.map((o) => o.name);
  }

  resolve(cue: Cue, paragraph: readonly Mention[]): SpeakerTagged {
    const tag = this.resolveSubject(cue, paragraph);
    if (!tag.speaker) return tag;
    // "Computer Terminal" read as a person's name is the short form of a company the story named in full.
    const company = this.orgs.find((o) => o.startsWith(`${tag.speaker} `) && COMPANY_END.test(o) && /^(?:\p{Lu}[\p{L}.&-]*\s*)+$/u.test(o.slice((tag.speaker?.length ?? 0) + 1)));
    if (company) return { speaker: company, kind: 'organisation' };
    // "Radical Party Deputy Raul Baglini", "Bank of Japan Governor Satoshi Sumita": a title, then the person.
    const titled = /\s(\p{Lu}[\p{L}.]*)\s+\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]+$/u.exec(tag.speaker);
    if (tag.kind === 'organisation' && !(titled?.[1] && TITLES.has(titled[1]))) return tag;
    if (tag.kind !== 'person' && tag.kind !== 'organisation') return tag;
    // A person by name alone: no title before it ("Radical Party Deputy Raul Baglini"), no employer's possessive
    // ("First Chicago's Johnson"), and a surname as the story first gave it in full.
    return { speaker: this.fullName(personName(tag.speaker)), kind: 'person' };
  }

  private resolveSubject(cue: Cue, paragraph: readonly Mention[]): SpeakerTagged {
    const subject = cue.subject;
    const lower = subject.toLowerCase();
    if (/^(he|she)$/u.test(lower)) {
      const fits = (name: string | null) => name !== null && (lower === 'she') === isFemale(name);
      const earlier = paragraph.filter((m) => m.kind === 'person' && m.end <= cue.at).map((m) => this.fullName(m.name));
      const candidates = [...this.speakersByRecency, ...earlier.reverse(), this.lastPerson];
      const name = candidates.find(fits) ?? this.lastSpeakerPerson ?? earlier[0] ?? this.lastPerson;
      return name ? { speaker: name, kind: 'person' } : { speaker: null, kind: null };
    }
    // "they added" after "fund managers said": the people last quoted; else the organisation last named.
    if (lower === 'they' && this.lastUnnamed) return { speaker: this.lastUnnamed, kind: 'unnamed' };
    if (/^(they|it)$/u.test(lower)) return this.lastOrg ? { speaker: this.lastOrg, kind: 'organisation' } : { speaker: null, kind: null };
    // "an aide to USDA Secretary Richard Lyng": the aide speaks, unnamed, not the person he works for.
    const aide = /^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Aa]n?|[Tt]he)\s+((?:[\p{Ll}-]+\s+)?(?:aide|adviser|advisor|assistant))\s+(?:to|of|for)\s+(.+)$/u.exec(subject);
    if (aide?.[1]) return { speaker: `${aide[1]} to ${aide[2] ?? ''}`.trim(), kind: 'unnamed' };
    // "Finance Ministry sources", "Goldman Sachs analysts": people unnamed, described by where they work.
    const described_ = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3})(\p{Ll}+)$/u.exec(subject);
    if (described_?.[2] && UNNAMED_NOUNS.has(described_[2]) && described_[2].endsWith('s')) return { speaker: subject.toLowerCase(), kind: 'unnamed' };
    if (UNNAMED.test(subject) && !/\p{Lu}/u.test(subject.replace(/^U\.S\./u, ''))) return { speaker: lower, kind: 'unnamed' };
    // "Dealers said", "Traders said" at the start of a sentence: people unnamed, not a name.
    if (UNNAMED_NOUNS.has(lower.split(/\s+/u).at(-1) ?? '') && !/\s\p{Lu}/u.test(subject)) return { speaker: lower, kind: 'unnamed' };
    // "a senior official", "sources", "two diplomats": unnamed; "the official" refers back to someone named.
    if (UNNAMED_OPENING.test(subject) && !/^the\b/iu.test(subject)) return { speaker: lower, kind: 'unnamed' };
    // "a BankAmerica spokesman": the organisation speaks through its spokesman (as "a spokesman for BankAmerica").
    const forOrg = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3})(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u.exec(subject);
    if (forOrg?.[1] && PERSON_NOUNS.has(forOrg[2] ?? '')) {
      const org = forOrg[1].trim();
      const people = this.people.find((p) => p.name === org);
      if (!people) return { speaker: this.orgs.find((o) => o === org || o.startsWith(`${org} `)) ?? org, kind: 'organisation' };
    }
    // "Moody's said", "McDonald's said": a possessive with nothing after it is the name itself.
    const possessive = /^((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s)$/u.exec(subject);
    if (possessive?.[1]) {
      const name = possessive[1];
      return { speaker: this.orgs.find((o) => o === name || o.startsWith(`${name} `)) ?? name, kind: 'organisation' };
    }
    const described = /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(subject);
    if (described) return this.describe(described[1] ?? '', subject.replace(/^(?:the|a|an)\s+/iu, ''));
    // "Martin Bachem of Morgan Guaranty": the person speaks, for the organisation after "of".
    // "Liberal Democrat Brexit spokesman Tom Brake", "Reuters technical analyst Wang Tao": the name after the role noun.
    const afterRole = ROLE_THEN_NAME.exec(subject);
    if (afterRole?.[1]) return { speaker: this.fullName(afterRole[1]), kind: 'person' };
    const personOf = PERSON_OF.exec(subject);
    if (personOf?.[1] && !ORG_HEADS.has(personOf[1].split(/\s+/u).at(-1) ?? '')) {
      // "Wilhelm Harnisch CEO of Master Builders Australia": the role between the name and "of" is not the name.
      const name = personOf[1].split(/\s+/u);
      while (name.length > 2 && ROLE_WORDS.has(name.at(-1) ?? '')) name.pop();
      return { speaker: this.fullName(name.join(' ')), kind: 'person' };
    }
    const named = cue.mentions.find((m) => m.kind === 'person') ?? cue.mentions.find((m) => m.kind === 'organisation') ?? cue.mentions.at(-1);
    if (named) return this.byMention(named);
    if (UNNAMED.test(subject)) return { speaker: lower, kind: 'unnamed' };
    // The whole run of capitalised words before the verb, not its last word: "Morgan Guaranty Trust Co", not "Co".
    const run = /((?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?\p{Lu}[\p{L}'’.&-]*)*)$/u.exec(subject)?.[1];
    if (run && (COMPANY_END.test(run) || ORG_HEADS.has(run.split(/\s+/u)[0] ?? ''))) return { speaker: run, kind: 'organisation' };
    if (run && run.includes(' ') && !NOT_SPEAKERS.has(run.split(/\s+/u)[0] ?? '')) return this.byWord(run);
    const word = /(\p{Lu}[\p{L}'’.-]*)$/u.exec(subject)?.[1];
    if (word && !NOT_SPEAKERS.has(word)) return this.byWord(word);
    // Lower-case copy: the words themselves.
    if (!/\p{Lu}/u.test(subject) && /^\p{Ll}[\p{Ll}'’ .-]*$/u.test(subject) && !LOWER_STOPS.has(subject)) return { speaker: subject, kind: 'person' };
    return { speaker: null, kind: null };
  }

  private describe(noun: string, description: string): SpeakerTagged {
    if (DOCUMENTS.has(noun)) return this.lastOrg ? { speaker: this.lastOrg, kind: 'organisation' } : { speaker: `the ${noun}`, kind: 'document' };
    if (ORG_NOUNS.has(noun)) {
      // "the central bank" is not "Bank of America": every word of the description must be in the name.
      const described = description.toLowerCase().split(/\s+/u);
      // Word for word: "the bank" is not the "House Banking Committee".
      const match = [...this.orgs].reverse().find((o) => {
        const words = o.toLowerCase().split(/[^\p{L}\p{N}]+/u);
        return described.every((w) => words.includes(w));
      });
      if (!match && described.length > 1) return { speaker: description, kind: 'organisation' };
      const name = match ?? this.lastOrg;
      return name ? { speaker: name, kind: 'organisation' } : { speaker: description, kind: 'organisation' };
    }
    // "a company spokesman", "a ministry spokeswoman": the spokesperson speaks for the organisation described.
    const orgNoun = description.toLowerCase().split(/\s+/u).find((w) => ORG_NOUNS.has(w) && !DOCUMENTS.has(w));
    if (orgNoun && /^spokes(?:man|woman|person)$/u.test(noun)) return this.describe(orgNoun, orgNoun);
    const byRole = this.people.find((p) => p.role?.toLowerCase().includes(noun));
    const name = byRole?.name ?? this.lastSpeakerPerson ?? this.lastPerson;
    return name ? { speaker: name, kind: 'person' } : { speaker: null, kind: null };
  }

  private byMention(m: Mention): SpeakerTagged {
    if (m.kind === 'person') return { speaker: this.fullName(m.name), kind: 'person' };
    // "Computer Terminal said": the company the story named in full before.
    if (m.kind === 'organisation') return { speaker: this.orgs.find((o) => o.startsWith(`${m.name} `) && /^(?:\p{Lu}[\p{L}.&-]*\s*)+$/u.test(o.slice(m.name.length + 1))) ?? m.name, kind: 'organisation' };
    return this.byWord(m.name);
  }

  private byWord(word: string): SpeakerTagged {
    const person = this.fullName(word);
    if (person !== word || this.people.some((p) => p.name === word)) return { speaker: person, kind: 'person' };
    // "Computer Terminal said", "Coleco said": the short form of a company the story named in full.
    const org = this.orgs.find((o) => o === word || acronymOf(o) === word || (o.startsWith(`${word} `) && /^(?:\p{Lu}[\p{L}.&-]*\s*)+$/u.test(o.slice(word.length + 1))));
    if (org) return { speaker: org, kind: 'organisation' };
    if (ORG_HEADS.has(word)) return { speaker: word, kind: 'organisation' };
    return { speaker: word, kind: 'person' };
  }

  /**
   * A surname ("Shamkhani") as the story first gave it in full. A name of two words or more is a full name already:
   * it is not lengthened to a longer entity that ends with it ("Contact Benjamin Wu", a heading run into a name).
   */
  private fullName(name: string): string {
    const exact = this.people.find((p) => p.name === name);
    if (exact) return personName(exact.name);
    if (/\s/u.test(name)) return name;
    const surname = name.toLowerCase();
    const known = [...this.speakersByRecency, ...this.people.map((p) => personName(p.name))];
    return known.find((n) => /\s/u.test(n) && n.split(/\s+/u).at(-1)?.toLowerCase() === surname) ?? name;
  }

  afterParagraph(tag: SpeakerTagged, mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (m.kind === 'person') this.lastPerson = this.fullName(m.name);
      if (m.kind === 'organisation') this.lastOrg = m.name;
    }
    if (tag.kind === 'person' && tag.speaker) {
      this.lastSpeakerPerson = tag.speaker;
      this.speakersByRecency = [tag.speaker, ...this.speakersByRecency.filter((s) => s !== tag.speaker)];
    }
    if (tag.kind === 'organisation') this.lastOrg = tag.speaker;
    if (tag.kind === 'unnamed' && tag.speaker && /s$/u.test(tag.speaker)) this.lastUnnamed = tag.speaker;
    else if (tag.speaker) this.lastUnnamed = null;
  }
}

/**
 * A person's name without what stands before it in copy: an employer's possessive ("First Chicago's Johnson") and a
 * title ("Radical Party Deputy Raul Baglini", lower-case copy's "minister manuel azpurua").
 */
function personName(name: string): string {
  let words = name.split(/\s+/u).filter(Boolean);
  const possessive = words.findLastIndex((w) => /['’]s$/u.test(w));
  if (possessive >= 0 && possessive < words.length - 1) words = words.slice(possessive + 1);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const title = words.findLastIndex((w, i) => i < words.length - 1 && (TITLES.has(w) || TITLES.has(cap(w))));
  if (title >= 0) words = words.slice(title + 1);
  return words.join(' ');
}

/** A segment of titles and role words alone ("Chief Executive Officer", "President and CEO"): nobody's name. */
function isRoleOnly(segment: string): boolean {
  const words = segment.split(/\s+/u).filter((w) => !/^(?:and|of|the|&)$/iu.test(w));
  return words.length > 0 && words.every((w) => ROLE_WORDS.has(w.replace(/[.,]$/u, '')));
}

const ROLE_WORDS = new Set([...TITLES, 'Officer', 'Operating', 'Financial', 'Technology', 'Marketing', 'Senior', 'Managing', 'General', 'Partner', 'Associate']);

function isFemale(name: string): boolean {
  return FEMALE_NAMES.has(name.split(/\s+/u)[0] ?? '');
}

function acronymOf(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}
