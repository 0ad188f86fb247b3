/**
 * `npm run accuracy:web`: the web-page section of the accuracy harness on its own — article text F1, title and
 * byline against Readability.js's 130 test pages, and pages/s, ours beside Readability 0.6 + linkedom in the same
 * run. `--pages` lists every page's score. The same section runs in `npm run accuracy -- web` (scripts/accuracy.ts).
 * Data: ../shared beside the repository, or COPYDESK_SHARED.
 */
import { measureWebPages, READABILITY_PAGES, webPageLines } from './accuracy/web-pages.js';

let report;
try {
  report = await measureWebPages();
} catch (err) {
  console.error(`accuracy:web: cannot read the test pages in ${READABILITY_PAGES} (${err instanceof Error ? err.message : String(err)}); set COPYDESK_SHARED to the shared folder`);
  process.exit(1);
}
for (const line of webPageLines(report, process.argv.includes('--pages'))) console.log(line);
