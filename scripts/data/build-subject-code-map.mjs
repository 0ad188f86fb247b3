/**
 * Derives electron/enrich/data/subjectcodes.json from the IPTC Media Topics JSON export (CC BY 4.0, IPTC):
 *   node scripts/data/build-subject-code-map.mjs <cptall-en-US.json>
 * Keeps each IPTC Subject Code that a Media Topic names as its exact match: { subjectCode: mediaTopicCode }, so a
 * story filed under an old 8-digit subject code gets a topic name instead of going out as a bare number.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const PREFIX = 'http://cv.iptc.org/newscodes/subjectcode/';
const scheme = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const map = {};
for (const concept of scheme.conceptSet) {
  if (concept.retired) continue;
  const topic = String(concept.qcode ?? '').replace('medtop:', '');
  for (const uri of concept.exactMatch ?? []) {
    if (!uri.startsWith(PREFIX)) continue;
    const code = uri.slice(PREFIX.length);
    // The first (broadest) topic listed keeps a code that several topics claim.
    if (/^\d{8}$/.test(code) && !(code in map)) map[code] = topic;
  }
}
const sorted = Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  attribution:
    'Derived from IPTC Media Topics (exactMatch to IPTC Subject Codes), (c) IPTC - International Press Telecommunications Council, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
  map: sorted,
};
writeFileSync(new URL('../../electron/enrich/data/subjectcodes.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${Object.keys(sorted).length} subject codes mapped to Media Topics`);
