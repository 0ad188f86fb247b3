/**
 * Subjects as a site shows them: by name, never as a bare code. A subject the wire sent as a code only (an IPTC
 * Subject Code such as 11014000, a Media Topic code) is named from the IPTC vocabularies that ship with Copydesk
 * (electron/enrich/data, CC BY 4.0 IPTC); an old subject code with no topic of its own takes its top-level topic's
 * name (11014000 → politics), and a code no vocabulary names is left out rather than printed as a number.
 */
import type { Subject } from '../domain/article.js';
import topics from '../enrich/data/mediatopics.json' with { type: 'json' };
import subjectCodes from '../enrich/data/subjectcodes.json' with { type: 'json' };
import { confirmedSubjects } from './subject-codes.js';

const TOPIC_NAMES = new Map<string, string>(
  (topics.topics as unknown as readonly (readonly [string, string, string, number])[]).map(([code, name]) => [code, name]),
);
const SUBJECT_TO_TOPIC: Readonly<Record<string, string>> = subjectCodes.map;

const MEDTOP = /^(?:medtop|mediatopics?|iptc[ -]?media ?topics?)$/i;
const CODE_ONLY = /^[A-Za-z]*:?\d+$/;

/** The en-US name of a Media Topic code (`20000002` or `medtop:20000002`), or null. */
export function mediaTopicName(code: string): string | null {
  return TOPIC_NAMES.get(code.replace(/^medtop:/i, '').trim()) ?? null;
}

/** The Media Topic an IPTC Subject Code stands for: its exact match, else its top level's. */
export function topicForSubjectCode(code: string): string | null {
  const bare = code.replace(/^subj:/i, '').trim();
  if (!/^\d{8}$/.test(bare)) return null;
  return SUBJECT_TO_TOPIC[bare] ?? SUBJECT_TO_TOPIC[`${bare.slice(0, 2)}000000`] ?? null;
}

/** The name a site shows for a subject; null when nothing names it. */
export function subjectName(subject: Subject): string | null {
  const name = subject.name.trim();
  const code = subject.code.trim();
  if (name !== '' && name !== code && !CODE_ONLY.test(name)) return name;
  const lookup = name !== '' ? name : code;
  if (MEDTOP.test(subject.scheme.trim())) return mediaTopicName(lookup);
  const topic = topicForSubjectCode(lookup);
  return topic === null ? mediaTopicName(lookup) : mediaTopicName(topic);
}

/** The confirmed subjects' names, each once, in the story's order: what WordPress, Hugo and feeds file a story under. */
export function siteCategoryNames(subjects: readonly Subject[]): string[] {
  const names = confirmedSubjects(subjects).map(subjectName).filter((n): n is string => n !== null);
  return [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
}
