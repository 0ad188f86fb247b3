/**
 * Who says what: every paragraph in tests/accuracy/speaker-expectations.ts found in its real ../shared file, imported
 * through the real import path (ingestFile → buildArticle, which tags each paragraph's speaker as the desk shows it),
 * and its speaker compared with the one the table gives. One row per file; misses are listed under the table.
 */
import { readFileSync } from 'node:fs';
import { buildArticle } from '../../electron/desk/story-pipeline.js';
import { ingestFile } from '../../electron/ingest/ingest.js';
import { SPEAKER_EXPECTATIONS } from '../../tests/accuracy/speaker-expectations.js';
import { sharedPath, type AccuracyRow, type AccuracySection } from './section.js';

/** Quotes typed either way, runs of white space and case do not count. */
function norm(v: string): string {
  return v.replace(/[‘’`´]/gu, "'").replace(/[“”„«»]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}

export const speakers: AccuracySection = {
  name: 'speakers',
  title: 'Who says what (../shared real copy), against tests/accuracy/speaker-expectations.ts',
  run() {
    const rows: AccuracyRow[] = [];
    const misses: string[] = [];
    let right = 0;
    let all = 0;
    for (const e of SPEAKER_EXPECTATIONS) {
      const outcome = ingestFile({ name: e.file.split('/').pop() ?? e.file, bytes: readFileSync(sharedPath(e.file)) });
      const item = outcome.ok ? outcome.items[0] : undefined;
      const paragraphs = item ? buildArticle(item.original, item.draft, new Date('2026-12-01T12:00:00Z')).paragraphs : [];
      let fileRight = 0;
      for (const p of e.paragraphs) {
        const found = paragraphs.find((q) => norm(q.text).includes(norm(p.has)));
        const got = found ? found.speaker : undefined;
        const wanted = p.speaker === null ? [null] : typeof p.speaker === 'string' ? [p.speaker] : p.speaker;
        const ok = got !== undefined && wanted.some((w) => (w === null ? got === null : got !== null && norm(w) === norm(got)));
        if (ok) fileRight++;
        else misses.push(`${e.file}: "${p.has}…": ${got === undefined ? 'paragraph not found' : `got ${got === null ? 'narration' : `"${got}"`}`}, expected ${wanted.map((w) => (w === null ? 'narration' : `"${w}"`)).join(' or ')}`);
      }
      rows.push({ label: e.file.split('/').slice(-2).join('/').slice(0, 40), score: fileRight, of: e.paragraphs.length });
      right += fileRight;
      all += e.paragraphs.length;
    }
    rows.push({ label: 'all files', score: right, of: all });
    return Promise.resolve({ rows, lines: misses.length > 0 ? ['Misses:', ...misses.map((m) => `  ${m}`)] : [] });
  },
};
