/**
 * `npm run accuracy [-- section…]`: imports real copy from ../shared through the real import path and prints,
 * per section, how many of the fields written in the project's expectations came out right. A measurement,
 * not a gate: it exits 0 whatever the scores (the gates are the unit tests and scripts/check-wire-samples.ts),
 * and 1 only when a section itself cannot run.
 */
import type { AccuracyReport, AccuracySection } from './accuracy/section.js';
import { agencyFiles } from './accuracy/agency-files.js';
import { speakers } from './accuracy/speakers.js';
import { webPages } from './accuracy/web-pages.js';

/** Every section, in print order. Each lives in its own module under scripts/accuracy/. */
const SECTIONS: readonly AccuracySection[] = [agencyFiles, speakers, webPages];

function pct(score: number, of: number): string {
  return of === 0 ? '   –  ' : `${((score / of) * 100).toFixed(1).padStart(5)} %`;
}

function print(section: AccuracySection, report: AccuracyReport): void {
  console.log(`\n## ${section.title}\n`);
  const width = Math.max(10, ...report.rows.map((r) => r.label.length));
  for (const row of report.rows) {
    const count = `${row.score}/${row.of}`.padStart(9);
    console.log(`${row.label.padEnd(width)}  ${count}  ${pct(row.score, row.of)}${row.note ? `  ${row.note}` : ''}`);
  }
  for (const line of report.lines ?? []) console.log(line);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(`accuracy: no section ${unknown.join(', ')} (there are: ${SECTIONS.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
let failed = false;
for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  try {
    print(section, await section.run());
  } catch (err) {
    failed = true;
    console.error(`accuracy: section ${section.name} could not run: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}
process.exit(failed ? 1 : 0);
