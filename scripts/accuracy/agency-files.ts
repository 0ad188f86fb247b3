/**
 * Agency files: every file in tests/accuracy/expectations.ts imported from ../shared through the real import path
 * (ingestFile → buildArticle, as the CLI and the app run it), compared field by field with what the table says a
 * desk editor should get. One row per format: fields right out of fields expected, and files right (every
 * field, or the refusal) out of files. Misses are listed under the table.
 */
import { readFileSync } from 'node:fs';
import { buildArticle } from '../../electron/desk/story-pipeline.js';
import type { Article } from '../../electron/domain/article.js';
import { ingestFile } from '../../electron/ingest/ingest.js';
import { EXPECTATIONS, type FieldExpectations, type FileExpectation } from '../../tests/accuracy/expectations.js';
import { sharedPath, type AccuracyRow, type AccuracySection } from './section.js';

/** Quotes and dashes typed either way, runs of white space, and case do not count against a field. */
function norm(v: string): string {
  return v.replace(/[‘’`´]/gu, "'").replace(/[“”„«»]/gu, '"').replace(/[–—]/gu, '-').replace(/\s+/gu, ' ').trim().toLowerCase();
}

type Field = keyof FieldExpectations;

function actual(a: Article, field: Field): string | number | null {
  switch (field) {
    case 'headline':
      return a.headline;
    case 'slugline':
      return a.slugline;
    case 'byline':
      return a.byline;
    case 'place':
      return a.dateline.place;
    case 'date':
      return a.dateline.date;
    case 'source':
      return [a.source.name, a.source.code ?? '', a.source.credit].join('|');
    case 'category':
      return a.category.map((c) => c.code).join('|');
    case 'priority':
      return a.priority;
    case 'urgency':
      return a.urgency;
    case 'language':
      return a.language;
    case 'takeKey':
      return a.takeKey;
    case 'bodyStarts':
      return a.paragraphs[0]?.text ?? '';
    case 'bodyEnds':
      return a.paragraphs.at(-1)?.text ?? '';
  }
}

function matches(field: Field, want: string | number, got: string | number | null): boolean {
  if (got === null) return false;
  if (typeof want === 'number') return got === want;
  const w = norm(want);
  const g = norm(String(got));
  if (field === 'source' || field === 'category') return g.split('|').includes(w);
  if (field === 'bodyStarts') return g.startsWith(w);
  if (field === 'bodyEnds') return g.endsWith(w);
  return g === w;
}

interface FileScore {
  readonly format: string;
  readonly fields: number;
  readonly right: number;
  readonly misses: readonly string[];
}

function scoreFile(e: FileExpectation): FileScore {
  const path = sharedPath(e.file);
  const outcome = ingestFile({ name: e.file.split('/').pop() ?? e.file, bytes: readFileSync(path) });
  if (e.refused) {
    if (outcome.ok) return { format: e.format, fields: 1, right: 0, misses: [`${e.file}: imported ${outcome.items.length} stor${outcome.items.length === 1 ? 'y' : 'ies'}, expected a refusal`] };
    return e.refused.test(outcome.reason)
      ? { format: e.format, fields: 1, right: 1, misses: [] }
      : { format: e.format, fields: 1, right: 0, misses: [`${e.file}: refused "${outcome.reason}", expected ${String(e.refused)}`] };
  }
  const want = e.story ?? {};
  const fields = Object.keys(want) as Field[];
  if (!outcome.ok) return { format: e.format, fields: fields.length, right: 0, misses: [`${e.file}: refused "${outcome.reason}"`] };
  const item = outcome.items[0];
  if (!item) return { format: e.format, fields: fields.length, right: 0, misses: [`${e.file}: no story`] };
  const article = buildArticle(item.original, item.draft, new Date(), {}, { analyse: false });
  const misses: string[] = [];
  let right = 0;
  for (const field of fields) {
    const expected = want[field];
    if (expected === undefined) continue;
    const got = actual(article, field);
    if (matches(field, expected, got)) right++;
    else misses.push(`${e.file}: ${field} ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  }
  return { format: e.format, fields: fields.length, right, misses };
}

export const agencyFiles: AccuracySection = {
  name: 'agency',
  title: 'Agency files (../shared wire-samples and wire-samples-more), against tests/accuracy/expectations.ts',
  async run() {
    const started = performance.now();
    const scores = EXPECTATIONS.map(scoreFile);
    const ms = performance.now() - started;
    const formats = [...new Set(scores.map((s) => s.format))];
    const rows: AccuracyRow[] = [];
    for (const format of formats) {
      const of = scores.filter((s) => s.format === format);
      const files = of.filter((s) => s.right === s.fields).length;
      rows.push({ label: format, score: of.reduce((n, s) => n + s.right, 0), of: of.reduce((n, s) => n + s.fields, 0), note: `fields; files all right ${files}/${of.length}` });
    }
    const total = { right: scores.reduce((n, s) => n + s.right, 0), fields: scores.reduce((n, s) => n + s.fields, 0) };
    rows.push({ label: 'all formats', score: total.right, of: total.fields, note: `fields; ${scores.filter((s) => s.right === s.fields).length}/${scores.length} files all right` });
    const misses = scores.flatMap((s) => s.misses);
    return {
      rows,
      lines: [
        '',
        `${scores.length} files read and built in ${ms.toFixed(0)} ms (${((scores.length / ms) * 1000).toFixed(0)} files/s, import path without the store)`,
        ...(misses.length > 0 ? ['', `misses (${misses.length}):`, ...misses.map((m) => `  ${m}`)] : []),
      ],
    };
  },
};
