/**
 * A story sent through a web form (a Google Form, a CMS's "file a story" page) arrives as an e-mail whose body is
 * the form's fields, not prose: a JSON object of named fields (`{"Headline": ["…"], "Body": ["…"], …}`, each value a
 * string or a list of them) or a block of `Field: value` lines. Read as copy, the whole submission would become one
 * paragraph and its headline the mailer's subject ("Formatted Editorial Story"). Here the fields are read by
 * their names — the names desks give such forms, in English — and any field that has no place in a story is kept
 * in the desk's own note (never exported), so nothing the submitter typed is lost.
 */
import type { WireMeta } from '../wire-draft.js';

/** The wire fields a form can fill, as a format gives them (`meta`), and the story's paragraphs. */
export interface FormStory {
  readonly paragraphs: readonly string[];
  readonly meta: Pick<WireMeta, 'headline' | 'slugline' | 'abstract' | 'byline' | 'dateline' | 'urgency' | 'priority' | 'category' | 'places' | 'ednote'>;
  /** The submission's other fields, `Name: value`, for the desk's own note (never exported). */
  readonly otherFields: readonly string[];
}

type Role = 'headline' | 'slugline' | 'abstract' | 'body' | 'byline' | 'dateline' | 'urgency' | 'priority' | 'category' | 'place' | 'ednote';

/** Field names (lower case, letters and digits only) and what they hold. */
const ROLES: ReadonlyMap<string, Role> = new Map<string, Role>([
  ...(['headline', 'title', 'heading', 'hed', 'storyheadline'] as const).map((k) => [k, 'headline'] as const),
  ...(['slugline', 'slug', 'keyword', 'storyslug'] as const).map((k) => [k, 'slugline'] as const),
  ...(['abstract', 'summary', 'standfirst', 'teaser', 'description'] as const).map((k) => [k, 'abstract'] as const),
  ...(['body', 'bodytext', 'story', 'storytext', 'text', 'copy', 'content', 'article'] as const).map((k) => [k, 'body'] as const),
  ...(['byline', 'author', 'by', 'reporter', 'writer'] as const).map((k) => [k, 'byline'] as const),
  ...(['dateline'] as const).map((k) => [k, 'dateline'] as const),
  ...(['urgency', 'newsvalue'] as const).map((k) => [k, 'urgency'] as const),
  ...(['priority'] as const).map((k) => [k, 'priority'] as const),
  ...(['category', 'section', 'service'] as const).map((k) => [k, 'category'] as const),
  ...(['place', 'location', 'region'] as const).map((k) => [k, 'place'] as const),
  ...(['ednote', 'editorsnote', 'editornote', 'notetoeditors', 'noteforeditors', 'note', 'notes'] as const).map((k) => [k, 'ednote'] as const),
]);

function roleOf(name: string): Role | undefined {
  return ROLES.get(name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** A JSON form: an object whose every value is a string, a number, or a list of them. */
function jsonFields(text: string): [string, string][] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const fields: [string, string][] = [];
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) return null;
    fields.push([name, values.map((v) => String(v).trim()).filter(Boolean).join(', ')]);
  }
  return fields;
}

const LABEL = /^([\p{L}][\p{L}\p{N} '’/-]{0,40}?)\s*:\s?(.*)$/u;

/**
 * `Field: value` lines: every line that opens a field names a known one or at least looks like a label, a value
 * may run on over the lines after it (the body does), and the fields include a headline and a body.
 */
function labelledFields(text: string): [string, string][] | null {
  const lines = text.replace(/\s+$/u, '').split('\n');
  const fields: [string, string[]][] = [];
  for (const line of lines) {
    const m = LABEL.exec(line);
    if (m?.[1] && roleOf(m[1])) fields.push([m[1], [m[2] ?? '']]);
    else if (fields.length > 0) fields[fields.length - 1]?.[1].push(line);
    else if (line.trim() !== '') return null;
  }
  return fields.map(([name, value]) => [name, value.join('\n').trim()]);
}

export function readFormSubmission(text: string): FormStory | null {
  const fields = jsonFields(text) ?? labelledFields(text);
  if (!fields) return null;
  const roles = fields.map(([name]) => roleOf(name));
  const known = roles.filter((r) => r !== undefined).length;
  // A form at all: a body and a headline among at least three named fields.
  if (!roles.includes('body') || !roles.includes('headline') || known < 3) return null;
  const out: { -readonly [K in keyof FormStory['meta']]: FormStory['meta'][K] } = {};
  const paragraphs: string[] = [];
  const otherFields: string[] = [];
  const number = (v: string): number | undefined => (/^\d$/u.test(v) ? Number(v) : undefined);
  fields.forEach(([name, value], i) => {
    if (value === '') return;
    switch (roles[i]) {
      case 'body':
        // A form's text box has no hard wrapping: each line the submitter typed is a paragraph.
        paragraphs.push(...value.split(/\n+/u).map((p) => p.trim()).filter(Boolean));
        break;
      case 'urgency':
      case 'priority': {
        const n = number(value);
        if (n !== undefined && n >= 1) out[roles[i] as 'urgency' | 'priority'] = n;
        else otherFields.push(`${name}: ${value}`);
        break;
      }
      case 'category':
        out.category = [...(out.category ?? []), { code: value, name: value }];
        break;
      case 'place':
        out.places = [...(out.places ?? []), { name: value, code: null }];
        break;
      case 'ednote':
        out.ednote = out.ednote ? `${out.ednote} ${value}` : value;
        break;
      case undefined:
        otherFields.push(`${name}: ${value}`);
        break;
      default: {
        const role = roles[i] as 'headline' | 'slugline' | 'abstract' | 'byline' | 'dateline';
        if (out[role] === undefined) out[role] = value.replace(/\s+/gu, ' ');
        else otherFields.push(`${name}: ${value}`);
      }
    }
  });
  if (paragraphs.length === 0) return null;
  return { meta: out, paragraphs, otherFields };
}
