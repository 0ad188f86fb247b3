/**
 * Which way a story's text runs, from its BCP 47 language tag: Arabic, Persian, Hebrew, Urdu and the other
 * right-to-left languages, or an explicit right-to-left script subtag (ISO 15924), e.g. "ks-Arab". One list for
 * the desk, the exporters and enrichment, so the desk shows the copy the way it will run.
 */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  const [primary = '', ...subtags] = language.trim().toLowerCase().split(/[-_]/);
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
