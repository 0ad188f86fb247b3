/**
 * Lines that head copy without being part of the story: a press release's issuer and kind, a bulletin's product
 * code. Medianet, AsiaNet and PR Newswire releases open with `Source: Digital Turbine, Inc.` and `MEDIA RELEASE
 * PR67276` above the title; a Bureau of Meteorology bulletin with its product code (`IDN38100`), then its issuer
 * and office, one a line. The plain-text parser keeps each such line a block of its own, so it is never joined to
 * the headline, and the release-header cleaning rule lifts them into the metadata.
 *
 * Agency copy heads its story with the headline line, then the dateline line (`BROWN-FORMAN INC <BFD> 4TH QTR NET`,
 * `LOUISVILLE, Ky., Feb 26 -`), often with no blank line between: the dateline line is what says the line above
 * is the headline, so the parser ends a block there (datelineLineKind).
 */
import { matchDatelineLead, matchDatelineLine } from '../enrich/dateline.js';

/** `Source: …`, `Issued by: …`: who issued the release (a short name; the cleaning rule checks it is not a sentence). */
export const ISSUER_LINE = /^(Source|Issued by|Issuer|Released by|Distributed by)\s*[:：]\s*(\S.{0,99}?)\s*$/iu;

/**
 * The release's kind, alone on its line, with its number if it has one: `MEDIA RELEASE PR67276`, `Press release`,
 * `FOR IMMEDIATE RELEASE`, `MEDIA ADVISORY`, `Joint media statement`.
 */
export const RELEASE_KIND_LINE = /^(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement|advisory|alert)|for\s+immediate\s+release)(?:\s*[:#-]?\s*[A-Z]{0,4}\d[\w/-]{0,15})?\s*[.:]?$/iu;

/** A product or service code alone on its line: `IDN38100`, `IDQ20885` (letters, then digits). */
export const PRODUCT_CODE_LINE = /^[A-Z]{2,5}\d{3,8}$/u;

/** A broadcast handling instruction in a bulletin's header: `TOP PRIORITY FOR IMMEDIATE BROADCAST`. */
export const HANDLING_LINE = /^(?:TOP\s+)?PRIORITY\s+FOR\s+IMMEDIATE\s+BROADCAST$|^FOR\s+IMMEDIATE\s+BROADCAST$/u;

/**
 * A release's distribution legend above its dateline, as Canadian issuers put it under securities rules
 * (`NOT FOR DISSEMINATION TO UNITED STATES NEWSWIRE SERVICES OR DISSEMINATION IN THE UNITED STATES`): an
 * instruction on where the copy may go, for the desk, not a paragraph of the release.
 */
export const DISTRIBUTION_LEGEND = /^not\s+for\s+(?:distribution|dissemination|release)\b[^.!?]*\b(?:united\s+states|u\.\s?s\.)[^.!?]*\.?$/iu;

/**
 * A maritime safety broadcast's handling (the Bureau's high-seas warnings, `IDY21020`): the SafetyNET address line
 * of colon-parted codes (`40:2:1:04:55S075E35100:11:00`: priority, service, repetition, area…), and the radio
 * signal that says how urgent the message is, alone on its line: SECURITE (safety), PAN PAN (urgency), MAYDAY
 * (distress), the ITU Radio Regulations' words.
 */
export const BROADCAST_CODE_LINE = /^\d{1,3}(?::[0-9A-Z]{1,16}){4,8}$|^(?:SECURITE|SÉCURITÉ|PAN[ -]?PAN|MAYDAY)$/u;

/**
 * A release service's stamp line above the copy (NTB Info's NewsML: `2.4.2019 16:02:09 CEST | Nye Veier |
 * Pressemelding`): when it was published, the issuer and the release's kind, parted by bars.
 */
export const RELEASE_STAMP_LINE = /^\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{3,5})?\s*\|\s*([^|]{2,80}?)\s*\|\s*([^|]{2,60}?)\s*$/u;

export type HeaderLineKind = 'issuer' | 'release-kind' | 'product-code' | 'handling' | 'release-stamp';

/** What kind of header line this is, or null for ordinary copy. Short lines only: a paragraph is never tested. */
export function headerLineKind(line: string): HeaderLineKind | null {
  const text = line.trim();
  if (text.length > 120 || text.length < 5) return null;
  if (PRODUCT_CODE_LINE.test(text)) return 'product-code';
  if (RELEASE_KIND_LINE.test(text)) return 'release-kind';
  if (ISSUER_LINE.test(text)) return 'issuer';
  if (HANDLING_LINE.test(text) || BROADCAST_CODE_LINE.test(text) || DISTRIBUTION_LEGEND.test(text)) return 'handling';
  if (RELEASE_STAMP_LINE.test(text)) return 'release-stamp';
  return null;
}

/**
 * How a line near the top of plain text stands to the dateline: `alone` when the whole line is a dateline (the
 * story's text starts on the next line, as above a table), `lead` when it opens with one and the lead paragraph
 * runs on after it, null otherwise. The dateline's grammar is enrich/dateline.ts's, read here only for structure:
 * where the headline ends and the copy begins.
 */
export function datelineLineKind(line: string): 'alone' | 'lead' | null {
  const text = line.trim();
  if (text.length < 5 || !/^\p{Lu}/u.test(text)) return null;
  if (matchDatelineLine(text)) return 'alone';
  const lead = matchDatelineLead(text);
  // A weekday opens a sentence wrapped at the line's end ("Tuesday, March 3 - the day…"), not a dateline.
  return lead && !/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu.test(lead.place) ? 'lead' : null;
}
