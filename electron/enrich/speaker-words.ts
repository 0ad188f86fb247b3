/**
 * The words speaker tagging reads by (speakers.ts): the verbs that report speech in the wires' languages, the nouns
 * of people unnamed, organisations, roles and documents, and the words that never name a speaker.
 */
import { isAstralLetterOrDigit, isLetterOrDigitUnit, isSpaceUnit } from '../domain/char-class.js';

export const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'stressed', 'emphasized',
  'emphasised', 'warned', 'warns', 'cautioned', 'explained', 'insisted', 'argued', 'urged', 'announced', 'declared',
  'praised', 'claimed', 'asserted', 'acknowledged', 'admitted', 'remarked', 'pointed out', 'reiterated', 'underlined',
  'underscored', 'commented', 'wrote', 'writes', 'replied', 'responded', 'asked', 'denied', 'confirmed', 'predicted',
  'suggested', 'criticized', 'criticised', 'condemned', 'called for', 'expressed', 'described', 'referred to',
  'highlighted', 'hailed', 'vowed', 'pledged', 'promised', 'estimated', 'saying', 'adding', 'noting', 'stressing', 'insisting', 'arguing', 'defended', 'believes', 'welcomed', 'endorsed',
  'rejected', 'dismissed', 'accused', 'complained', 'conceded', 'agreed', 'disclosed', 'revealed', 'tweeted',
  'posted', 'maintained', 'contended', 'observed', 'forecast', 'projected', 'reported', 'testified', 'announces',
  'indicated', 'speculated', 'disagreed', 'believe', 'believed', 'predict', 'forecasts', 'reaffirmed', 'estimate', 'expects', 'expect', 'thinks',
  // Present and past forms of the same that copy uses as often (none is also a noun of the news: not "estimates",
  // "states", "reports").
  'underlines', 'stresses', 'insists', 'argues', 'urges', 'predicts', 'denies', 'confirms', 'explains', 'acknowledges',
  'emphasizes', 'emphasises', 'cautions', 'concedes', 'recalled', 'recalls', 'quipped', 'shot back', 'reckoned', 'reckons',
  // A figure worked out or a possibility excluded, by whoever gives it ("he calculated the suspension would save…",
  // "the ministry ruled out any such move"): a claim of the subject's; "a calculated risk" is no verb (after an article).
  'calculated', 'calculates', 'ruled out', 'rules out',
  // The base form, which a plural subject takes in the present ("Analysts point out that…", "bankers acknowledge a
  // desire…", "experts warn that…"): of the verbs above whose base form is no common noun of the news.
  'warn', 'acknowledge', 'point out', 'points out', 'insist', 'argue', 'urge', 'explain', 'confirm', 'deny', 'concede',
  'contend', 'contends', 'maintain', 'maintains', 'suggest', 'suggests', 'admit', 'admits', 'assert', 'asserts', 'observe',
  'observes', 'emphasize', 'emphasise', 'underline', 'reiterate', 'reiterates', 'disclose', 'discloses', 'reveal', 'reveals',
  'think', 'reckon', 'agree', 'agrees', 'disagree', 'disagrees', 'speculate', 'speculates', 'complain', 'complains',
  // Base forms that are also nouns ("a note", "under stress"): NOUN_LIKE holds them to a clause after them.
  'note', 'stress',
  // Verbs of telling, citing and accounting for that report what the subject said ("Iraq informed the banks it could
  // not meet…", "The company cited its outlook as reasons…", "Li attributed the surge to…", `"…," Dub detailed`).
  'informed', 'cited', 'attributed', 'detailed', 'demanded', 'proposed', 'proposes', 'served notice', 'gave notice',
  // An accusation made ("politicians charged that the board…"); a price or a defendant charged is no speech, so
  // speakers.ts holds it to a clause of what is charged ("that…") in the same sentence.
  'charged',
  // The same claimed in a suit or an appeal made ("Guinness is charging it was induced…", "…, alleging it was
  // deceived", "X called on the government to act"): speakers.ts holds "charging" to a clause of what is charged and
  // "called on" to an infinitive of what is asked.
  'charging', 'alleged', 'alleges', 'alleging', 'called on', 'calls on',
  // A letter ("Volcker has written to the chairman to raise concerns"): to whom it went, not a book written.
  'written to',
  // What a document or a poll found (DOCUMENT_VERBS holds them to such a subject).
  'found', 'finds', 'showed', 'shows',
  // Saying what one will not detail ("Fourtou … did not give details"); "would not comment" reports nothing said.
  'give details', 'gave details', 'gave no details',
  // An estimate ("The assessment puts 1987 output at 1.45 mln tonnes"): only with "at" and a figure after it.
  'puts', 'put', 'estimates',
  // "…, with dealers reporting that…": the people of an absolute clause report (NOUN_LIKE holds it to "that").
  'reporting',
];
/** Base forms in VERBS that are also nouns: a verb only before what is said ("They note he was…", "stress that…"). */
export const NOUN_LIKE = new Set(['note', 'stress', 'reporting']);
/** "put X at 1.45 mln": a verb of estimating only before "at" and a figure. */
export const ESTIMATE_VERBS = new Set(['put', 'puts', 'estimates']);
/** Verbs that report only what a document or a poll says ("The report found that…"); a person "found" a thing. */
export const DOCUMENT_VERBS = new Set(['found', 'finds', 'showed', 'shows']);
/**
 * The same for the other languages of the wires read here, the forms that report speech in agency copy ("…»,
 * a déclaré le ministre", "…", dijo Sunkaria", "…, säger Timmermans"): past and present, never a word that is
 * also an ordinary word of another language.
 */
export const OTHER_VERBS = [
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
/**
 * Adjectives of a view held ("analysts were uncertain that…", "he is not optimistic that…"): a stance reported, read
 * as a verb when a clause of what is held follows (speakers.ts checks the "that").
 */
export const STANCES = ['uncertain', 'confident', 'optimistic', 'pessimistic', 'convinced', 'sceptical', 'skeptical', 'doubtful'];
export const STANCE_SET = new Set(STANCES);
export const VERB = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...VERBS, ...OTHER_VERBS, ...STANCES].join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'gu');

/** VERB's forms by their first word, each as its words, in VERB's order (forms that share a first word differ after it). */
const FORMS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const form of [...VERBS, ...OTHER_VERBS, ...STANCES]) {
  const words = form.split(' ');
  const first = words[0] ?? '';
  FORMS_BY_FIRST.set(first, [...(FORMS_BY_FIRST.get(first) ?? []), words]);
}
/** The first words' opening code units and lengths: most words of a paragraph are passed over on these alone. */
const FIRST_UNITS = new Set([...FORMS_BY_FIRST.keys()].map((w) => w.charCodeAt(0)));
const FIRST_LENGTHS = new Set([...FORMS_BY_FIRST.keys()].map((w) => w.length));

/** Where the run of letters and digits starting at `at` ends (a pair of surrogates is one character). */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    if (isLetterOrDigitUnit(text.charCodeAt(end))) end++;
    else if (isAstralLetterOrDigit(text, end)) end += 2;
    else break;
  }
  return end;
}

/** Where a form's words after its first end, from `at` (the first word's end), or -1: each after white space, whole. */
function restOfForm(text: string, at: number, words: readonly string[]): number {
  let end = at;
  for (let w = 1; w < words.length; w++) {
    const word = words[w] ?? '';
    const start = end;
    while (end < text.length && isSpaceUnit(text.charCodeAt(end))) end++;
    if (end === start || !text.startsWith(word, end) || runEnd(text, end) !== end + word.length) return -1;
    end += word.length;
  }
  return end;
}

export interface VerbMatch {
  readonly index: number;
  readonly 0: string;
}

/**
 * What `text.matchAll(VERB)` finds, found by reading the text's words and looking each up among the forms' first
 * words: VERB is an alternation of ~250 forms tried at every position of every paragraph (~19 µs a paragraph, the
 * largest part of reading who speaks). Every form is letters and spaces, so a form can only start where a run of
 * letters and digits does, and matches when that run is its first word (then white space and each further word).
 */
export function verbMatches(text: string): VerbMatch[] {
  const found: VerbMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetterOrDigitUnit(text.charCodeAt(i)) && !isAstralLetterOrDigit(text, i)) {
      i++;
      continue;
    }
    const end = runEnd(text, i);
    let matched = -1;
    const candidates = FIRST_UNITS.has(text.charCodeAt(i)) && FIRST_LENGTHS.has(end - i) ? FORMS_BY_FIRST.get(text.slice(i, end)) : undefined;
    for (const words of candidates ?? []) {
      matched = words.length === 1 ? end : restOfForm(text, end, words);
      if (matched >= 0) break;
    }
    if (matched >= 0) {
      found.push({ index: i, 0: text.slice(i, matched) });
      i = matched;
    } else i = end;
  }
  return found;
}
export const OTHER_VERB_SET = new Set(OTHER_VERBS);
/** "according to X" and its forms in the other languages. */
export const ACCORDING = /(?<![\p{L}])(?:according to|selon|según|enligt|ifølge|laut|secondo|segundo|volgens)\s+/giu;
export const UNNAMED = /\b((?:(?:\p{L}+|U\.S\.)\s+){0,2}(?:officials|sources|a source|one source|analysts|witnesses|residents|experts|diplomats|observers|insiders|delegates|fund managers|spokesmen|people familiar with [\p{L} ]+))$/iu;
export const ORG_NOUNS = new Set([
  'company', 'firm', 'ministry', 'agency', 'council', 'government', 'group', 'bank', 'army', 'military', 'police',
  'court', 'committee', 'party', 'organisation', 'organization', 'commission', 'authority', 'department', 'office',
  'union', 'board', 'airline', 'carrier', 'network', 'club', 'university', 'hospital', 'regulator', 'embassy',
  'cabinet', 'administration', 'parliament', 'statement', 'report', 'insurer', 'operator', 'manufacturer', 'utility',
  'service', 'federation', 'association', 'institute', 'foundation', 'coalition', 'movement', 'alliance', 'fund', 'treasury', 'partnership', 'consortium', 'bourse', 'exchange',
]);
export const DOCUMENTS = new Set(['statement', 'report', 'study', 'survey', 'document', 'letter', 'filing', 'memo', 'decree', 'communique', 'poll', 'assessment', 'review', 'analysis']);
/** The nouns a publication is described by ("the paper said", "Carden Weekly magazine said"): it speaks as an organisation. */
export const PUBLICATIONS = new Set(['paper', 'newspaper', 'magazine', 'daily', 'weekly', 'journal', 'newsletter']);
/** The last word of a masthead ("China Daily", "the Norland Times"): the name of a publication, which "the paper" is. */
export const MASTHEAD_END = /\s(?:Daily|Times|Post|Journal|Herald|Tribune|Gazette|Weekly|Chronicle|Courier|Monitor|Observer)$/u;
export const PERSON_NOUNS = new Set([
  'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'official', 'secretary', 'chairman', 'chief',
  'director', 'governor', 'ambassador', 'envoy', 'general', 'commander', 'mayor', 'senator', 'lawmaker', 'premier',
  'leader', 'executive', 'ceo', 'analyst', 'economist', 'judge', 'prosecutor', 'professor', 'researcher', 'doctor',
  'head', 'founder', 'manager', 'king', 'pope', 'coach', 'captain', 'chairwoman', 'diplomat', 'farmer', 'engineer',
  'scientist', 'teacher', 'owner', 'mother', 'father', 'woman', 'man',
]);

/** A role noun in lower case, then a name of two to four capitalised words closing the subject. */
export const ROLE_THEN_NAME = new RegExp(`(?:^|\\s)(?:${[...PERSON_NOUNS].filter((n) => !['man', 'woman', 'mother', 'father'].includes(n)).join('|')})\\s+((?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}\\p{Lu}[\\p{L}'’.-]+)$`, 'u');
/** A person's name (two to five capitalised words, never opening with "The") "of" an organisation. */
// "Karl Orr of the group's bankers Lindqvist and Sons Ltd": a description of the firm in lower case may come between.
export const PERSON_OF = /^(?!The\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]+)\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Ll}+['’]s\s+(?:\p{Ll}+\s+){1,2})?\p{Lu}/u;

export const CLAUSE_STOPS = new Set([',', ';', ':', '"', '“', '”', '(', '.', '?', '!']);
export const ADVERB_WORDS = new Set(['also', 'further', 'then', 'later', 'earlier', 'previously', 'again', 'has', 'had', 'have', 'was', 'is', 'once', 'repeatedly', 'publicly', 'recently', 'separately', 'strongly', 'had', 'would', 'will',
  // "he did not say", "she would not say", "they could only say": the auxiliary and the negation, not the subject.
  'did', 'does', 'do', 'not', 'never', 'were', 'are', 'could', 'can', 'cannot', 'may', 'might', 'should', 'only',
  // A time adverb between subject and verb ("Norland today reported…", "the minister yesterday told…").
  'today', 'yesterday', 'tonight', 'now', 'still', 'already', 'first',
  // A linking verb before a stance ("observers remained sceptical that…", "dealers seem confident that…").
  'remained', 'remain', 'remains', 'seemed', 'seem', 'seems', 'became', 'become', 'becomes']);
/**
 * A manner adverb between subject and verb ("has flatly rejected", "it angrily demanded"): a word in -ly, unless it
 * is one of the nouns in -ly that head a subject ("the assembly", "the daily").
 */
export function isMannerAdverb(word: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(word) && !LY_NOUNS.has(word);
}
const LY_NOUNS = new Set(['assembly', 'family', 'supply', 'rally', 'ally', 'monopoly', 'anomaly', 'reply', 'daily', 'weekly', 'monthly', 'quarterly', 'fortnightly', 'italy', 'july']);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
export const UNNAMED_NOUNS = new Set([
  'officials', 'sources', 'source', 'analysts', 'witnesses', 'residents', 'experts', 'diplomats', 'observers',
  'insiders', 'farmers', 'workers', 'protesters', 'villagers', 'traders', 'economists', 'investors', 'doctors',
  'dealers', 'bankers', 'brokers', 'strategists', 'executives', 'lawmakers', 'officers', 'police',
  'delegates', 'managers', 'spokesmen', 'producers', 'exporters', 'importers', 'negotiators', 'participants', 'others', 'aides',
  'representatives',
  // A body's people taken together ("Senate staff said").
  'staff',
]);
/** Words set off by commas inside a clause ("Some analysts, however, disagreed"): the subject stands before them. */
export const ASIDE_WORDS = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'instead', 'nevertheless', 'moreover', 'furthermore']);
/** A phrase set off by commas that says where or how, not who: "The company, in a newspaper advertisement, said". */
export const ASIDE_PHRASE = /^(?:(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+[\p{L}\s-]{2,40}|(?:in\s+(?:tune|line|keeping|agreement)\s+with|like|unlike|along\s+with|together\s+with)\s+[\p{L}\s'’-]{2,80}|(?:speaking|writing|commenting|asked|interviewed|reached|contacted)(?:\s+[\p{L}-]+){0,6})$/iu;
/** Words that open a clause or name a day, never a speaker: "Monday said…", "As one trader said…". */
export const NOT_SPEAKERS = new Set(`
  As But And Or So Yet While When Whereas If Although Though Because Since After Before Until Then Now Also However
  In On At By For With From Of The A An This That These Those It Its There Here Meanwhile Separately Earlier Later
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
  January February March April May June July August September October November December
`.split(/\s+/u).filter(Boolean));
/** A company's legal form or an institution's head noun closing a name: the whole name is an organisation. */
// A bank's holding company ("Hawkeye Bancorp", "Vexon Bancshares"), and a legal form set in capitals ("INC", "INc").
export const COMPANY_END = /(?:^|\s)(?:Co|Cos|Corp|Inc|Ltd|Plc|PLC|LLC|LP|Partnership|AG|SA|NV|SpA|GmbH|Bhd|Group|Trust|Bank|Holdings|Industries|Motors|Airlines|Partners|Capital|Securities|Fund|Bancorp|Bancorporation|Bancshares|INC|INc|CORP|LTD)\.?$/u;
/**
 * "A source close to the talks said", "a senior official, who asked not to be named, said"; not the adjective before a
 * name ("the official Saudi Press Agency said").
 */
export const UNNAMED_OPENING = /^(?:(?:a|an|one|another|two|three|several|some)\s+)?(?:[\p{L}-]+\s+){0,3}(source|sources|official|officials|diplomat|diplomats)\b/iu;
/** UNNAMED_OPENING, unless a capitalised name follows the noun, which is then an adjective of the name. */
export function unnamedOpening(text: string): RegExpExecArray | null {
  const m = UNNAMED_OPENING.exec(text);
  return m && !/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) ? m : null;
}
/** What an inverted attribution names: a capitalised name or a description ("said Peskov", "said the minister"). */
export const INVERTED_SUBJECT = /^(?:(?:the|a|an|one|another|two|three|several|some|his|her|their|its)\s+\p{L}|\p{Lu})/u;
/** What the other languages' "according to" names: a capitalised name, or an article and a noun. */
export const NAMED_SOURCE = /^(?:\p{Lu}|(?:el|la|los|las|le|les|un|une|der|die|das|den|det|de|il|lo|o|a|os|as)\s+\p{L}|l['’]\p{L})/u;
/** Verbs of commitment that, followed by "to", report no words: "agreed to indemnify", "vowed to fight" still does. */
export const COMMITMENTS = new Set(['agreed', 'agree', 'agrees', 'promised', 'pledged']);
/** Participles that report the speech of the sentence's subject: "X defended the rise, saying …". */
export const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'stressing', 'insisting', 'arguing', 'alleging', 'charging']);
/**
 * Common female given names, for "she" against "he" when the story never says. A short list across languages;
 * a name not on it is taken as unknown, never as male.
 */
export const FEMALE_NAMES = new Set(`
  Ana Anna Maria Marta Elena Sofia Sophia Sophie Priya Fatima Aisha Leila Layla Maryam Zahra Sara Sarah Laura Julia
  Emma Olivia Isabel Isabella Lucia Carmen Rosa Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Karen
  Nancy Lisa Margaret Sandra Ashley Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Helen Anne
  Angela Ursula Kamala Hillary Theresa Nicola Jacinda Christine Giorgia Marine Ségolène Annalena Kaja Roberta Yulia
  Svetlana Olga Natalia Irina Tatiana Mei Yuki Hana Ngozi Amina Chioma Nadia Yasmin Noor Huda Rania Dina Mona Hind
  Ingrid Astrid Greta Freya Claire Chloe Camille Mathilde Agnes Francesca Chiara Giulia Paola Beatriz Ines Gabriela
  Mariana Valentina Catalina Daniela Alejandra Lina Lena Eva Katarina Petra Zuzana Magdalena Agnieszka Joanna Alicia
`.split(/\s+/u).filter(Boolean));
/** One of the unnamed people of UNNAMED_NOUNS ("an analyst", "one trader"). */
export const UNNAMED_ONE = new Set([...[...UNNAMED_NOUNS].filter((n) => n.endsWith('s') && n !== 'others' && n !== 'sources').map((n) => n.slice(0, -1)), 'arbitrageur', 'source']);
export const LOWER_STOPS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'as', 'while', 'when', 'that', 'which', 'who', 'on', 'in', 'at', 'of', 'to', 'for', 'it', 'its', 'also', 'then', 'has', 'had', 'was']);
/**
 * A noun for people by what they do, in the plural ("retailers", "arbitrageurs", "strategists", "salesmen"): English
 * forms such nouns with a few agent endings, so the ending, not a list of trades, tells a group of people unnamed.
 */
export function isGroupNoun(word: string): boolean {
  return UNNAMED_NOUNS.has(word) || /^\p{Ll}{3,}(?:ers|ors|ists|ians|eurs|men|women)$/u.test(word);
}
/** One person by what they do ("a salesman", "a senior economic planner", "one lawyer"): the agent endings, singular. */
export function isOneNoun(word: string): boolean {
  return UNNAMED_ONE.has(word) || PERSON_NOUNS.has(word) || /^\p{Ll}{3,}(?:er|or|ist|ian|eur|man|woman)$/u.test(word);
}
/** Words a group's description runs back over ("Wall Street arbitrageurs", "analysts and oil industry sources"). */
const GROUP_STOPS = new Set([
  ...LOWER_STOPS, 'said', 'says', 'after', 'before', 'because', 'since',
  'if', 'although', 'though', 'where', 'until', 'than', 'by', 'with', 'from', 'into', 'about', 'over', 'under', 'are',
  'were', 'is', 'be', 'been', 'will', 'would', 'could', 'not', 'no', 'yet', 'so', 'nor',
].filter((w) => w !== 'and'));
/**
 * The group a clause ending in a group noun names: back from the noun over its modifiers and a coordinated group
 * ("Analysts and oil industry sources"), to a function word; a prepositional phrase after the noun ("Traders and
 * analysts in international oil markets") is left off, the head named.
 */
export function groupPhrase(words: readonly string[]): string | null {
  let end = words.length - 1;
  // "the National Association of Realtors said": a capitalised noun inside a name is the name's, not a group.
  if (end > 0 && /^\p{Lu}/u.test(words[end] ?? '')) return null;
  if (!isGroupNoun(words[end]?.toLowerCase() ?? '')) {
    const k = words.findLastIndex((w, i) => isGroupNoun(w.toLowerCase()) && /^(?:in|at|from|with|on|across|away|outside|close)$/u.test(words[i + 1] ?? ''));
    if (k < 0 || words.length - k > 7) return null;
    end = k;
  }
  let start = end;
  while (start > 0 && end - start < 6) {
    const w = words[start - 1] ?? '';
    // "Monetary Authority of Fenmark sources": an "of" inside the name of whom they work for is no function word.
    if (w === 'of' && /^\p{Lu}/u.test(words[start] ?? '') && /^\p{Lu}/u.test(words[start - 2] ?? '') && start > 1) {
      start--;
      continue;
    }
    if (GROUP_STOPS.has(w.toLowerCase()) || !/^[\p{L}.&'’-]+$/u.test(w)) break;
    // "and" joins two groups ("Analysts and oil industry sources"), not a clause before ("…is broadening and
    // investment bankers say"): the word before it must close a group.
    if (w.toLowerCase() === 'and' && !isGroupNoun(words[start - 2]?.toLowerCase() ?? '')) break;
    start--;
  }
  // "The traders said": the article kept, so that the resolver reads it as the traders quoted before.
  if (/^the$/iu.test(words[start - 1] ?? '')) start--;
  const phrase = words.slice(start, end + 1);
  // A comparative is not part of who the group is ("more purchasers reported" are purchasers); "some analysts" and
  // "few analysts" keep the quantifier the copy gives them.
  while (/^(?:and|more|fewer)$/iu.test(phrase[0] ?? '') && phrase.length > 1) phrase.shift();
  return phrase.length > 0 ? phrase.join(' ') : null;
}
