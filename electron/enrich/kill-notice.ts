/**
 * Kills, withdrawals and cancellations: the agency tells every client to take a story down. Read from the
 * item's own status where the format has one (IPTC pubstatus `canceled`: ninjs `pubstatus`, NewsML-G2
 * `pubStatus qcode="stat:canceled"`, NITF `docdata management-status`), and otherwise from the advisory wording
 * agencies use in the headline, slug or first lines (ANPA-1312 and IPTC 7901 copy, plain text), in their own
 * languages: "KILL", "MANDATORY KILL", "WITHDRAWN", "ELIMINATION", "STORNO", "ANULACIÓN"…
 *
 * The notice names the signal it was read from and the agency's reason when one is given, so the banner can say
 * what the agency said.
 */
import type { Pubstatus } from '../domain/article.js';

export interface KillNotice {
  /** What said so: `pubstatus canceled`, or the advisory's own word ("MANDATORY KILL", "ELIMINATION"). */
  readonly signal: string;
  /** The agency's reason, as it wrote it; empty when it gave none. */
  readonly reason: string;
}

export interface KillEvidence {
  readonly pubstatus: Pubstatus;
  readonly headline: string;
  readonly slugline?: string;
  readonly takeKey?: string;
  readonly ednote?: string;
  /** The first blocks of the text, where an advisory states itself. */
  readonly lead: readonly string[];
}

/**
 * The advisory words, by language, upper case as agencies send them. A word counts only at the start of the
 * headline, slug or a lead block, alone or followed by a separator (`KILL - …`, `ELIMINATION: …`, `WITHDRAWN-`),
 * so a headline such as "Kill switch ordered for drones" is never a kill.
 */
const ADVISORY_WORDS: readonly string[] = [
  // English (AP, Reuters, AAP, Kyodo, Xinhua…)
  'MANDATORY KILL', 'KILL ADVISORY', 'STORY KILL', 'KILL', 'STORY WITHDRAWN', 'WITHDRAWN', 'WITHDRAWAL',
  'STORY CANCELLED', 'STORY CANCELED',
  // French (AFP, Belga, ATS)
  'ÉLIMINATION', 'ELIMINATION', 'ANNULATION', 'SUPPRESSION', 'DÉPÊCHE ANNULÉE', 'DEPECHE ANNULEE',
  // Spanish (EFE, Europa Press)
  'ANULACIÓN', 'ANULACION', 'ELIMINACIÓN', 'ELIMINACION', 'NOTICIA ANULADA', 'NOTICIA RETIRADA',
  // Italian (ANSA)
  'ANNULLAMENTO', 'ANNULLATO', 'NOTIZIA ANNULLATA',
  // German (dpa, APA, SDA)
  'STORNO', 'STORNIERUNG', 'ZURÜCKGEZOGEN', 'MELDUNG ZURÜCKGEZOGEN', 'SPERRVERMERK',
  // Nordic (NTB, TT, Ritzau, STT)
  'STRYK', 'STRYKES', 'MAKULERES', 'MAKULERING', 'SLETTES', 'TRUKKET TILBAGE', 'PERUTTU', 'POISTETTU',
];

const ADVISORY_SET = new Set(ADVISORY_WORDS);

/** True for a kill advisory's own word ("MANDATORY KILL", "STORNO"): never a place, a byline or a headline. */
export function isAdvisoryWord(text: string): boolean {
  return ADVISORY_SET.has(text.trim().toUpperCase());
}

const WORDS = [...ADVISORY_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
/**
 * At the start, in capitals, then the end of the line, a separator (`KILL -`, `ELIMINATION:`, `WITHDRAWN-`), the
 * word repeated (`KILL KILL KILL`), or the thing killed (`KILL THIS STORY`). An all-capitals headline that opens
 * with such a word ("KILL SWITCH ORDERED FOR DRONES") is not an advisory.
 */
const ADVISORY = new RegExp(
  `^\\s*(?:[*=#^\\-–—]+\\s*)?(${WORDS.join('|')})(?:\\s+\\1)*` +
    `(?:(?=$|\\s*[-–—:;/|!(])|\\s+(?:THIS\\s+|THE\\s+)?(?:STORY|STORIES|ITEM|ITEMS|ADVISORY|DISPATCH|MESSAGE|DÉPÊCHE|NOTICIA|MELDUNG|NOTIZIA)\\b)` +
    `(?:\\s*[-–—:;/|!]+\\s*)?(.*)$`,
  'u',
);

/** Reasons agencies give, in the advisory's rest or the editorial note: "legal reasons", "raisons juridiques"… */
const REASON_LEAD = /\b(?:reason|reasons|because|due to|owing to|raison|raisons|motif|por|motivo|wegen|grund|grunn|syy)\b/iu;

/** What a reason is about: the law, an error, a false or duplicated item, in the agencies' languages. */
const REASON_WORDS = /\b(?:legal|juridique|jurídic|rechtlich|juridisk|error|erroneous|in error|wrong|incorrect|inaccurate|false|duplicate|erreur|erroné|faux|errónea|falsa|Fehler|falsch|irrtümlich|errore|errato|feil|fel|virhe)/iu;

function advisory(text: string): { word: string; rest: string } | null {
  const line = text.trim().split('\n')[0] ?? '';
  if (line.length > 400) return null;
  const m = ADVISORY.exec(line);
  if (!m?.[1]) return null;
  return { word: m[1], rest: (m[2] ?? '').trim() };
}

function reasonIn(...texts: readonly string[]): string {
  for (const t of texts) {
    const text = t.trim();
    if (!text) continue;
    if (REASON_LEAD.test(text) || REASON_WORDS.test(text)) return text.slice(0, 300);
  }
  return '';
}

export function readKillNotice(e: KillEvidence): KillNotice | null {
  if (e.pubstatus === 'canceled') {
    return { signal: 'pubstatus canceled', reason: reasonIn(e.ednote ?? '', ...e.lead.slice(0, 2)) || (e.ednote ?? '').trim().slice(0, 300) };
  }
  const places = [e.headline, e.slugline ?? '', e.takeKey ?? '', ...e.lead.slice(0, 3)];
  for (const place of places) {
    const found = advisory(place);
    if (!found) continue;
    // The rest of the advisory line names the story killed; the reason is said in words such as "legal reasons".
    const reason = reasonIn(found.rest, e.ednote ?? '', ...e.lead.slice(0, 6));
    return { signal: found.word, reason };
  }
  return null;
}
