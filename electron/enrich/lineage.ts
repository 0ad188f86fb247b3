/**
 * Agency update marks in a headline or take key. Reuters and others prefix a changed story's headline
 * (`UPDATE 1-`, `REFILE-`, `CORRECTED-`, several may be chained: `REFILE-UPDATE 2-`); AP marks a rewritten story
 * in its keyline (`BC-US-Storm, 2nd Ld-Writethru`). The mark becomes metadata; the headline is kept without it.
 */
export type UpdateRelation = 'update' | 'refile' | 'correction' | 'writethru' | 'version';

export interface UpdateMark {
  readonly relation: UpdateRelation;
  /** The mark as the agency wrote it, e.g. "UPDATE 1", "REFILE", "2nd Ld-Writethru". */
  readonly label: string;
}

export interface ReadHeadline {
  /** The headline without the marks. */
  readonly headline: string;
  /** Outermost first, as written. */
  readonly marks: readonly UpdateMark[];
}

const PREFIX = /^\s*(UPDATE\s*\d+|REFILE|CORRECTED|CORRECTION|RPT|REPEAT)\s*[-–—:]\s*/i;
const TAKE_KEY_MARK = /\b(UPDATE\s*\d+|REFILE|CORRECTED|CORRECTION)\b/gi;
const WRITETHRU = /,?\s*(\d+(?:st|nd|rd|th)\s+Ld[- ]Writethru|Writethru)\b[,\s]*/i;

function relationOf(label: string): UpdateRelation {
  const l = label.toUpperCase();
  if (l.startsWith('UPDATE')) return 'update';
  if (l.startsWith('CORRECT')) return 'correction';
  if (l.includes('WRITETHRU')) return 'writethru';
  return 'refile';
}

export function readUpdateMarks(headline: string, takeKey = ''): ReadHeadline {
  const marks: UpdateMark[] = [];
  let rest = headline;
  for (let guard = 0; guard < 5; guard++) {
    const m = PREFIX.exec(rest);
    if (!m?.[1]) break;
    const label = m[1].replace(/\s+/g, ' ').toUpperCase();
    marks.push({ relation: relationOf(label), label });
    rest = rest.slice(m[0].length);
  }
  // ANPA-1312 and IPTC 7901 carry the mark in the take key (`BC-Dam-Repair UPDATE 1`, `CORRECTION`) instead.
  if (marks.length === 0) {
    for (const m of takeKey.matchAll(TAKE_KEY_MARK)) {
      const label = (m[1] ?? '').replace(/\s+/g, ' ').toUpperCase();
      marks.push({ relation: relationOf(label), label });
    }
  }
  const w = WRITETHRU.exec(rest);
  if (w?.[1]) {
    marks.push({ relation: 'writethru', label: w[1] });
    rest = (rest.slice(0, w.index) + ' ' + rest.slice(w.index + w[0].length)).trim();
  } else {
    const k = WRITETHRU.exec(takeKey);
    if (k?.[1]) marks.push({ relation: 'writethru', label: k[1] });
  }
  return { headline: rest.trim(), marks };
}

/** The headline reduced for matching: case, punctuation and spacing do not count. */
export function headlineKey(headline: string): string {
  return (headline.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** How a new story relates to the one it updates, as stored in Article.lineage.relation: "update: UPDATE 1". */
export function describeMarks(marks: readonly UpdateMark[]): string {
  if (marks.length === 0) return 'version';
  const first = marks[0] as UpdateMark;
  return `${first.relation}: ${marks.map((m) => m.label).join(', ')}`;
}
