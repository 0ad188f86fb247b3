/**
 * The header line of AAP's racing results messages (RR_, NLRR_, HRRR_ files): after SOH, fields parted by the unit
 * separator US — an optional kind label (`NEWS:`, `SHDRACE:`), the meeting, the race number (with a take after a
 * hyphen, `1-1`), two Y/N flags, the state and the weekday: `NEWS: DOOMBEN␟6␟N␟N␟QLD␟Wednesday`. It is routing,
 * not a headline: the desk gets the headline a subeditor writes from it (`Doomben race 6 results`) and the raw
 * header as a note, so nothing the wire sent is lost.
 */
import type { WireMeta } from '../wire-draft.js';

const STATES = 'NSW|VIC|QLD|SA|WA|TAS|NT|ACT|NZ';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** With its separators, or with them stripped on the way (`CANTERBURY6NNNSWWednesday`). */
const HEADER = new RegExp(
  `^(?:([A-Z]{2,12}):\\s*)?([A-Z][A-Z .'&-]*?)\\s*\\u001f?(\\d{1,2})(?:-(\\d{1,2}))?\\u001f?([YN])\\u001f?([YN])\\u001f?(${STATES})\\u001f?(${DAYS})\\s*$`,
  'u',
);

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, lead: string, c: string) => lead + c.toUpperCase());

export interface ResultsHeader {
  readonly meta: WireMeta;
}

/** Reads the message's first line as a results header, or null when it is not one. */
export function readResultsHeader(line: string): ResultsHeader | null {
  const m = HEADER.exec(line.replace(/^[\u0016\u0001]+/u, '').trimEnd());
  if (!m) return null;
  const meeting = (m[2] ?? '').trim();
  const race = m[3] ?? '';
  if (meeting === '') return null;
  const raw = line.replace(/^[\u0016\u0001]+/u, '').replace(/[ \t]*\u001f[ \t]*/gu, ' ').trim();
  return {
    meta: {
      headline: `${titleCase(meeting)} race ${Number(race)} results`,
      ednote: `Results header: ${raw}`,
    },
  };
}
