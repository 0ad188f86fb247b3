/**
 * Subject codes as each format names them. IPTC NewsCodes are written as QCodes (`medtop:20000002`, NewsML-G2
 * §"QCodes") or as URIs under http://cv.iptc.org/newscodes/ (ninjs, JSON-LD); an agency's own scheme keeps its code.
 */
import type { Subject } from '../domain/article.js';

const IPTC_SCHEMES: readonly { readonly alias: string; readonly path: string; readonly match: RegExp }[] = [
  { alias: 'medtop', path: 'mediatopic', match: /^(?:medtop|mediatopics?|iptc[ -]?media ?topics?)$/i },
  { alias: 'subj', path: 'subjectcode', match: /^(?:subj|subjectcodes?|iptc[ -]?subject ?codes?)$/i },
];

/** The subjects the editor kept (suggestions not yet picked stay out of every export). */
export function confirmedSubjects(subjects: readonly Subject[]): Subject[] {
  return subjects.filter((s) => s.suggested !== true && (s.code.trim() !== '' || s.name.trim() !== ''));
}

function iptcScheme(subject: Subject): { alias: string; path: string } | undefined {
  return IPTC_SCHEMES.find((s) => s.match.test(subject.scheme.trim()));
}

/** A scheme alias safe in a QCode (an XML NCName-like token). */
function schemeAlias(subject: Subject): string {
  const iptc = iptcScheme(subject);
  if (iptc) return iptc.alias;
  const alias = subject.scheme.trim().toLowerCase().replace(/[^a-z0-9]+/g, '');
  return /^[a-z]/.test(alias) ? alias : `x${alias || 'subject'}`;
}

/** `medtop:20000002`, or null when the subject has no code. */
export function subjectQcode(subject: Subject): string | null {
  const code = subject.code.trim().replace(/\s+/g, '');
  return code === '' ? null : `${schemeAlias(subject)}:${code}`;
}

/** The IPTC NewsCodes URI for an IPTC subject with a code; null otherwise. */
export function subjectUri(subject: Subject): string | null {
  const iptc = iptcScheme(subject);
  const code = subject.code.trim();
  if (!iptc || !/^[A-Za-z0-9_-]+$/.test(code)) return null;
  return `http://cv.iptc.org/newscodes/${iptc.path}/${code}`;
}

export function subjectLabel(subject: Subject): string {
  return subject.name.trim() || subject.code.trim();
}
