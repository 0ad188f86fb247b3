/**
 * Runs of capitalised words in English copy ("Secretary of the Supreme National Security Council Ali
 * Shamkhani", "Erfan al-Hiyali"), found with their offsets, and the word lists that classify them: titles,
 * organisation head nouns, nationality adjectives and sentence openers that are not names.
 */
const PARTICLE = '(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la|der|den|ter|dos|das|del)';
const CAP = "\\p{Lu}[\\p{L}'’.\\-]*";
const TOKEN = `(?:${PARTICLE}[-‐])?${CAP}|${PARTICLE}[-‐]${CAP}`;
// Two particles together join a name too ("Cor van der Klugt", "Ursula von der Leyen", "Jan van den Berg").
// "Barend du Plessis", "Luiz da Silva", "Jose dos Santos": the Afrikaans and Portuguese particles too.
const JOIN = '(?:\\s+(?:of|of the|for|for the|van der|van den|van de|von der|de la|de|del|al|bin|van|von|der|du|da|dos)\\s+|\\s+)';
export const PROPER_RUN = new RegExp(`(?<![\\p{L}\\-])(?:${TOKEN})(?:${JOIN}(?:${TOKEN}))*`, 'gu');

export interface ProperRun {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that stand before a name: a run goes on past their full stop ("Dr. Ali Larijani"). */
const BEFORE_NAMES = new Set('Dr. Mr. Mrs. Ms. Messrs. Gen. Sen. Rep. Lt. Col. Maj. Capt. Sgt. Adm. Prof. St. Gov. Rev. Mt. Ft. Hon. Amb. Supt. Insp. Cmdr. Brig. Mme. Mlle.'.split(' '));

export function properRuns(text: string): ProperRun[] {
  const runs: ProperRun[] = [];
  for (const m of text.matchAll(PROPER_RUN)) {
    for (const part of sentenceParts(m[0], m.index ?? 0)) {
      // A full stop ends a sentence, not a name, unless it closes an initial or an abbreviation ("U.S.", "J.").
      let value = part.text.replace(/(?<=\p{L}{2,})\.$/u, '');
      value = value.replace(/['’]s$/u, '');
      if (value) runs.push({ text: value, start: part.start, end: part.start + value.length });
    }
  }
  return runs;
}

/**
 * A run cut where a sentence ends inside it: a word of two letters or more closed by a full stop, then the next
 * capitalised word ("… the island, NASA. Paul Huntsman said" is NASA, then Paul Huntsman), except after the
 * abbreviations that stand before names. Initials and dotted abbreviations ("J.", "U.S.") do not end a sentence.
 */
function sentenceParts(run: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let from = 0;
  for (const m of run.matchAll(/\S+/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end >= run.length || !/(?<![\p{L}.'’-])\p{L}{2,}\.$/u.test(m[0]) || BEFORE_NAMES.has(m[0])) continue;
    parts.push({ text: run.slice(from, end), start: start + from });
    from = end + (/^\s+/u.exec(run.slice(end))?.[0].length ?? 0);
  }
  parts.push({ text: run.slice(from), start: start + from });
  return parts;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Formal titles and roles that stand before a name. */
export const TITLES = set(`
  Secretary Minister President Prime Premier Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Chief
  Director Governor Ambassador Envoy General Gen. Commander Mayor Senator Sen. Rep. Representative Judge Justice
  CEO Executive Head Speaker King Queen Prince Princess Pope Ayatollah Sheikh Dr. Mr. Mrs. Ms. Professor Prof.
  Deputy Vice Lt. Col. Colonel Maj. Major Captain Capt. Sgt. Admiral Adm. Leader Chancellor Secretary-General
  Inspector Superintendent Officer Attorney Counsel Adviser Advisor Coordinator Commissioner Chairperson
  Founder Manager Economist Analyst Lawmaker MP Cardinal Bishop Rabbi Imam Emir Sultan Crown Foreign Defense
  Defence Interior Finance Economy Health Trade Energy Oil Justice Education Culture Agriculture Labour Labor
  Treasurer Comptroller Controller Auditor Ombudsman Registrar Undersecretary Under-Secretary Director-General
  Vice-President Vice-Chairman Strategist Spokesperson
`);
/** Words that are part of a role but also of ordinary names of ministries ("Foreign Minister"). */
export const ROLE_CORE = set(`
  Secretary Minister President Premier Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Chief Director
  Governor Ambassador Envoy General Gen. Commander Mayor Senator Sen. Rep. Representative Judge CEO Executive Head
  Speaker King Queen Prince Princess Pope Ayatollah Sheikh Professor Prof. Leader Chancellor Secretary-General
  Inspector Superintendent Officer Attorney Adviser Advisor Coordinator Commissioner Chairperson Founder Manager
  Economist Analyst Lawmaker MP Cardinal Bishop Rabbi Imam Emir Sultan Colonel Captain Admiral Lt. Col. Maj. Capt.
  Sgt. Adm. Dr. Mr. Mrs. Ms.
`);
/** Nouns that end the name of an organisation. */
export const ORG_HEADS = set(`
  Council Ministry Agency Organization Organisation Committee Party Bank Company Corporation Corp Corp. Inc Inc.
  Ltd Ltd. Group Union Commission Court Authority Office Department Force Forces Army Navy Guard Guards Corps Assembly
  Parliament Fund Institute University Association Federation Service Services Police Board Foundation Network
  Coalition Front Movement Alliance Administration Cabinet Senate Congress Bureau Centre Center Airlines Airways
  Holdings Industries Motors Energy Petroleum Railways Trust Society Church Federation Club Commerce Chamber
  Reserve Exchange Secretariat Mission Brigade Brigades Tribunal Parliament Majlis Directorate Inspectorate
  Observatory Programme Program Watch International Times Post Journal Press News Television Radio Broadcasting
  Pentagon Kremlin Hamas Hezbollah Taliban NATO OPEC UN EU IAEA WHO IMF Labs Laboratories Pharmaceuticals Pharma
  Technologies Systems Partners Capital Solutions Foods Mining Steel Telecom Logistics Shipping Insurance Office
`);
export const NATIONALITIES = set(`
  Iranian Iraqi Israeli Palestinian Syrian Lebanese Saudi Turkish Egyptian Jordanian American British French German
  Italian Spanish Russian Chinese Japanese Korean Indian Pakistani Afghan Emirati Qatari Kuwaiti Omani Yemeni
  Bahraini Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Kenyan Nigerian Ukrainian Polish Dutch Belgian Swiss
  Austrian Swedish Norwegian Danish Finnish Greek Canadian Mexican Brazilian Argentine Australian European Arab
  Islamic Muslim Kurdish Western Eastern Northern Southern
`);
/** Capitalised words that open sentences or name times, never people. */
export const NOT_NAMES = set(`
  The A An In On At By For From With During While After Before Since Until When Where What Who Why How But And Or
  If As Although Though However Meanwhile Also Today Tomorrow Yesterday This That These Those It Its He She They
  We I You His Her Their Our There Here Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April May June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept.
  Sep. Oct. Nov. Dec. Mr Mrs Ms Some Many Most More Other Such Under Over Into Against Among Between Earlier Later
  Last Next Several Both Each Every No Not Only Under According Asked Speaking Despite Amid Following Without
`);

export function tokens(run: string): string[] {
  return run.split(/\s+/u).filter(Boolean);
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}.&]{1,7}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}
