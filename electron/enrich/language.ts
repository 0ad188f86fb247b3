/**
 * A small offline language guess: the script first (Arabic, Persian, Hebrew, Cyrillic, CJK), then the share of
 * each Latin-script language's commonest words. Returns a BCP 47 tag, or 'und' when nothing is clear.
 */
import { directionOf } from '../domain/text-direction.js';

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'he', 'it', 'by', 'at'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'dans', 'que', 'pour', 'qui', 'sur', 'au', 'a'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'des', 'auf', 'ein', 'eine', 'im'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'del', 'se', 'su'],
  it: ['il', 'la', 'di', 'che', 'e', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'con', 'gli', 'le', 'nel'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'do', 'da', 'no', 'na'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'ook'],
  // The Nordic agencies' languages (Ritzau, NTB, TT, STT). Danish and Norwegian share most common words: each list
  // carries the words that tell them apart (af/av, blev/ble, efter/etter, siger/sier, mod/mot, nu/nå).
  da: ['og', 'at', 'det', 'er', 'til', 'på', 'af', 'der', 'ikke', 'blev', 'efter', 'siger', 'mod', 'har', 'hun', 'nu'],
  nb: ['og', 'å', 'det', 'er', 'til', 'på', 'av', 'som', 'ikke', 'ble', 'etter', 'sier', 'mot', 'har', 'hun', 'nå'],
  sv: ['och', 'att', 'det', 'är', 'till', 'på', 'av', 'som', 'inte', 'blev', 'efter', 'säger', 'mot', 'har', 'hon', 'för'],
  // Finnish builds its grammar into endings, so its common words are fewer in a text: the list carries more of them.
  fi: ['ja', 'on', 'ei', 'että', 'oli', 'se', 'hän', 'mutta', 'kun', 'myös', 'ovat', 'joka', 'tai', 'sen', 'kuin', 'mukaan',
    'sekä', 'jo', 'kanssa', 'vuonna', 'jälkeen', 'ole', 'ollut', 'olivat', 'jotka', 'vain', 'nyt', 'hänen', 'hänet', 'sitä', 'voi', 'eikä'],
};
const LANGUAGES = Object.keys(STOPWORDS);
/** Distinct common words of a language a text must hold to be guessed as it. */
const MIN_DISTINCT = 3;
/** Each common word with a bit per language it is common in: one look-up per word instead of one per language. */
const MASKS = new Map<string, number>();
LANGUAGES.forEach((lang, k) => {
  for (const w of STOPWORDS[lang] ?? []) MASKS.set(w, (MASKS.get(w) ?? 0) | (1 << k));
});

export function detectLanguage(text: string): string {
  // A thousand characters decide the language of a news story as well as 40,000 do, at a fraction of the cost.
  const sample = text.slice(0, 1000);
  const scripts = countScripts(sample);
  const letters = scripts.latin + scripts.arabic + scripts.hebrew + scripts.cyrillic + scripts.cjk;
  if (letters === 0) return 'und';
  if (scripts.arabic / letters > 0.5) return scripts.persian > 0 ? 'fa' : 'ar';
  if (scripts.hebrew / letters > 0.5) return 'he';
  if (scripts.cyrillic / letters > 0.5) return 'ru';
  if (scripts.cjk / letters > 0.3) return /[\u3040-\u30ff]/u.test(sample) ? 'ja' : 'zh';
  const words = sample.toLowerCase().split(/[^a-z\u00e0-\u00ff]+/).filter((w) => w !== '');
  if (words.length < 3) return 'und';
  const hits = LANGUAGES.map(() => 0);
  const distinct = LANGUAGES.map(() => 0);
  const seen = new Set<string>();
  for (const w of words) {
    const mask = MASKS.get(w);
    if (!mask) continue;
    const first = !seen.has(w);
    seen.add(w);
    for (let k = 0; k < hits.length; k++) {
      if (!(mask & (1 << k))) continue;
      hits[k] = (hits[k] ?? 0) + 1;
      if (first) distinct[k] = (distinct[k] ?? 0) + 1;
    }
  }
  let best = 'und';
  let bestScore = 0;
  LANGUAGES.forEach((lang, k) => {
    // At least three of its common words, not one repeated: a results table's `E:` (exacta) lines are not Italian.
    if ((distinct[k] as number) < MIN_DISTINCT) return;
    const score = (hits[k] as number) / words.length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  });
  return bestScore >= 0.08 ? best : 'und';
}

/**
 * The language the text is in when it plainly is not the one declared: a feed's default tag over copy in another
 * language (STT's content API marks Finnish stories `en`). Only when the guess is definite and the text holds fewer
 * than three distinct common words of the declared language in a text of 25 words or more, so neighbours that share their common words (Danish and
 * Norwegian) never overrule each other; a language without a word list here is taken as declared.
 */
const MIN_WORDS_TO_OVERRULE = 25;

export function contradictedLanguage(declared: string, text: string): string | null {
  const words = STOPWORDS[declared];
  if (!words) return null;
  const detected = detectLanguage(text);
  if (detected === 'und' || detected === declared) return null;
  const sample = text.slice(0, 1000).toLowerCase().split(/[^a-z\u00e0-\u00ff]+/u).filter((w) => w !== '');
  // A sentence or two is too little to overrule the sender: the common-word guess needs a paragraph's worth.
  if (sample.length < MIN_WORDS_TO_OVERRULE) return null;
  const own = new Set(words);
  const found = new Set(sample.filter((w) => own.has(w)));
  return found.size < MIN_DISTINCT ? detected : null;
}

/** Arabic, Persian, Hebrew and the other right-to-left languages Copydesk lays out right to left. */
export function isRightToLeft(language: string): boolean {
  return directionOf(language) === 'rtl';
}

/** پ چ ژ گ and Persian's own yeh and keheh (ی ک): letters Persian writes and Arabic does not. */
const PERSIAN_LETTERS = new Set([0x67e, 0x686, 0x698, 0x6af, 0x6cc, 0x6a9]);

function countScripts(text: string) {
  const c = { latin: 0, arabic: 0, persian: 0, hebrew: 0, cyrillic: 0, cjk: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) c.latin++;
    else if (code >= 0x600 && code <= 0x6ff) {
      c.arabic++;
      if (PERSIAN_LETTERS.has(code)) c.persian++;
    } else if (code >= 0x590 && code <= 0x5ff) c.hebrew++;
    else if (code >= 0x400 && code <= 0x4ff) c.cyrillic++;
    else if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) c.cjk++;
  }
  return c;
}
