/**
 * AP's sports story-type identifiers, the selector prefix of an AP slug (`BC-BKN--Heat-Hawks`), as the AP
 * Stylebook lists them, with the IPTC Subject Code each stands for. A code with no sport of its own in the IPTC
 * scheme (Olympics, skiing of any kind, "other football") is sport in general.
 */
import type { Subject } from '../../domain/article.js';

const SPORTS: Readonly<Record<string, readonly [code: string, name: string]>> = {
  baseball: ['15007000', 'baseball'],
  basketball: ['15008000', 'basketball'],
  boxing: ['15014000', 'boxing'],
  motorRacing: ['15039000', 'motor car racing'],
  cycling: ['15019000', 'cycling'],
  americanFootball: ['15003000', 'American football'],
  figureSkating: ['15025000', 'figure skating'],
  golf: ['15027000', 'golf'],
  gymnastics: ['15028000', 'gymnastics'],
  iceHockey: ['15031000', 'ice hockey'],
  horseRacing: ['15030000', 'horse racing'],
  athletics: ['15005000', 'track and field'],
  soccer: ['15054000', 'soccer'],
  tennis: ['15065000', 'tennis'],
  sport: ['15000000', 'sport'],
};

/** Identifier → sport: BB* baseball (AL, NL, minors, international, college, high school, women's, youth), BK* basketball… */
const AP_SPORT_CODES: Readonly<Record<string, keyof typeof SPORTS>> = {
  BBO: 'baseball', BBA: 'baseball', BBN: 'baseball', BBM: 'baseball', BBI: 'baseball', BBC: 'baseball', BBH: 'baseball',
  BBW: 'baseball', BBY: 'baseball',
  BKC: 'basketball', BKN: 'basketball', BKO: 'basketball', BKH: 'basketball', BKW: 'basketball', BKL: 'basketball',
  BOX: 'boxing', CAR: 'motorRacing', CYC: 'cycling',
  FBC: 'americanFootball', FBH: 'americanFootball', FBN: 'americanFootball', FBO: 'sport',
  FIG: 'figureSkating', GLF: 'golf', GYM: 'gymnastics',
  HKC: 'iceHockey', HKN: 'iceHockey', HKO: 'iceHockey',
  OLY: 'sport', RAC: 'horseRacing', RUN: 'athletics', SKI: 'sport', SOC: 'soccer', TEN: 'tennis',
};

/** The subject an AP slug's selector prefix gives (`BKN` → basketball); none for a news desk's prefix (`LT`, `US`). */
export function apSportSubjects(prefix: string | undefined): Subject[] {
  const sport = prefix ? AP_SPORT_CODES[prefix.toUpperCase()] : undefined;
  const entry = sport ? SPORTS[sport] : undefined;
  return entry ? [{ code: entry[0], scheme: 'iptc-subjectcode', name: entry[1] }] : [];
}
