/**
 * `npm run accuracy:web`: the web-page section of the accuracy harness on its own — article text F1, title and
 * byline against Readability.js's 130 test pages, and pages/s, ours beside Readability 0.6 + linkedom in the same
 * run. `--pages` lists every page's score. The same section runs in `npm run accuracy -- web` (scripts/accuracy.ts).
 * Data: ../shared beside the repository, or COPYDESK_SHARED.
 */
import { measureWebPages, webPageLines } from './accuracy/web-pages.js';

const report = await measureWebPages();
for (const line of webPageLines(report, process.argv.includes('--pages'))) console.log(line);
