// Prints one closing line for CI, "tests: N passed, N failed", from the unit (vitest) and end-to-end
// (Playwright) JSON reports that `npm test` writes to test-results/.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const unitPath = 'test-results/unit.json';
if (existsSync(unitPath)) {
  const unit = JSON.parse(readFileSync(unitPath, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2ePath = 'test-results/e2e.json';
if (existsSync(e2ePath)) {
  const { stats } = JSON.parse(readFileSync(e2ePath, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + (stats.flaky ?? 0);
  skipped += stats.skipped;
}
if (passed + failed === 0) {
  console.error('ci-summary: no test reports found in test-results/');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
