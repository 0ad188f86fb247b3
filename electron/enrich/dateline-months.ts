/**
 * Month names and abbreviations as datelines write them, in the languages of the agencies Copydesk receives:
 * English, French, Spanish, German, Italian, Portuguese, Dutch, Norwegian, Danish, Swedish and Finnish (whose dates
 * use the partitive, "3. maaliskuuta"). The same abbreviation always means the same month in every language listed
 * ("mar", "mai", "set", "dic"…), so one table serves them all. Keys are lower case; accents are optional in the copy
 * ("fevrier", "aout", "marco"), so the unaccented form of each name is accepted as well.
 */
const NAMES: ReadonlyArray<readonly string[]> = [
  // 1: en, fr, es, de, it, pt, nl, no/da, sv, fi
  ['jan', 'january', 'janv', 'janvier', 'ene', 'enero', 'januar', 'jänner', 'jän', 'gen', 'genn', 'gennaio', 'janeiro', 'januari', 'tammikuu', 'tammikuuta', 'tammik'],
  ['feb', 'february', 'févr', 'février', 'fév', 'febrero', 'februar', 'febbraio', 'fev', 'fevereiro', 'februari', 'helmikuu', 'helmikuuta', 'helmik'],
  ['mar', 'march', 'mars', 'marzo', 'märz', 'mrz', 'março', 'maart', 'mrt', 'marts', 'maaliskuu', 'maaliskuuta', 'maalisk'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile', 'huhtikuu', 'huhtikuuta', 'huhtik'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'toukokuu', 'toukokuuta', 'toukok'],
  ['jun', 'june', 'juin', 'junio', 'juni', 'giugno', 'giu', 'junho', 'kesäkuu', 'kesäkuuta', 'kesäk'],
  ['jul', 'july', 'juil', 'juillet', 'julio', 'juli', 'luglio', 'lug', 'julho', 'heinäkuu', 'heinäkuuta', 'heinäk'],
  ['aug', 'august', 'août', 'ago', 'agosto', 'augustus', 'augusti', 'elokuu', 'elokuuta', 'elok'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'sett', 'setembro', 'syyskuu', 'syyskuuta', 'syysk'],
  ['oct', 'october', 'octobre', 'octubre', 'okt', 'oktober', 'ottobre', 'ott', 'outubro', 'out', 'lokakuu', 'lokakuuta', 'lokak'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'marraskuu', 'marraskuuta', 'marrask'],
  ['dec', 'december', 'déc', 'décembre', 'dic', 'diciembre', 'dez', 'dezember', 'dicembre', 'dezembro', 'des', 'desember', 'joulukuu', 'joulukuuta', 'jouluk'],
];

const bare = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** Lower-case month word (without its full stop) → month number, accented and unaccented forms alike. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((names, i) => names.flatMap((n) => [[n, i + 1] as const, [bare(n), i + 1] as const])),
);

/**
 * A regex source matching one month word as written in a dateline: lower case ("mars"), capitalised ("März",
 * "Feb") or all caps ("JUL", as ANSA writes it), with an optional full stop ("Sept.", "janv."), and never the start
 * of a longer word. Longest names first, so "marzo" is not read as "mar".
 */
export const MONTH_PATTERN = ((): string => {
  const forms = new Set<string>();
  for (const name of MONTH_NUMBERS.keys()) {
    forms.add(name);
    forms.add(name.charAt(0).toUpperCase() + name.slice(1));
    forms.add(name.toUpperCase());
  }
  const alternatives = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${alternatives.join('|')})(?!\\p{L})\\.?`;
})();

/** The month number of a month word from a dateline ("Sept.", "März", "JUL", "maaliskuuta"), or undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.replace(/\.$/u, '').toLowerCase();
  return MONTH_NUMBERS.get(key) ?? MONTH_NUMBERS.get(bare(key));
}
