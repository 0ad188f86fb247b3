/**
 * Derives electron/enrich/data/mediatopics.json from the IPTC Media Topics CSV (CC BY 4.0, IPTC):
 *   node scripts/data/build-mediatopics.mjs <mediatopics-en-US.csv>
 * Keeps active concepts only: [code, label, parent code, level].
 */
import { readFileSync, writeFileSync } from 'node:fs';

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const [header, ...rows] = parseCsv(readFileSync(process.argv[2], 'utf8'));
const col = (n) => header.indexOf(n);
const topics = rows
  .filter((r) => r.length > 3 && !r[col('retired')])
  .map((r) => [r[col('code')], r[col('label_en_US')], (r[col('parent_qcode')] || '').replace('medtop:', ''), Number(r[col('level')])]);
const out = {
  attribution: 'IPTC Media Topics, (c) IPTC - International Press Telecommunications Council, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Derived: active concepts only, en-US labels.',
  scheme: 'medtop',
  topics,
};
writeFileSync(new URL('../../electron/enrich/data/mediatopics.json', import.meta.url), JSON.stringify(out));
console.log(topics.length, 'topics');
