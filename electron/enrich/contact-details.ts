/**
 * Contact details left in the body: agencies put their editors' and press officers' phone numbers and e-mail
 * addresses under the copy for the desk, not for readers. They are flagged (never removed by themselves) so
 * the editor sees them before export, and a preset can block on the flag.
 */

export interface ContactDetail {
  readonly text: string;
  readonly kind: 'phone' | 'e-mail';
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu;
/** A run of digits with the separators phone numbers are written with; judged by its digits below. */
const PHONE_RUN = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d\s()./-]{6,22}\d(?![\p{L}\p{N}])/gu;
const PHONE_WORD = /\b(?:tel|tél|phone|telephone|telefon|teléfono|telefono|puh|mobile|mobil|cell|fax)\.?\s*:?\s*$/iu;

function isPhone(run: string, before: string): boolean {
  const digits = run.replace(/\D/gu, '');
  if (digits.length < 8 || digits.length > 15) return false;
  // A number written as a phone number: international (+49, 0049), a trunk prefix (030 …), or named as one.
  if (/^(?:\+|00)/u.test(run)) return true;
  if (/^\(?0\d/u.test(run) && /[\s/-]/u.test(run)) return true;
  return PHONE_WORD.test(before.slice(-16));
}

export function contactDetails(text: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) found.push({ text: m[0], kind: 'e-mail' });
  for (const m of text.matchAll(PHONE_RUN)) {
    const run = m[0].trim();
    if (isPhone(run, text.slice(0, m.index ?? 0))) found.push({ text: run, kind: 'phone' });
  }
  return found;
}
