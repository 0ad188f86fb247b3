/**
 * Whether an agency item says it corrects an earlier version, and what note it gives. Each format signals it in
 * its own place:
 * - NewsML-G2: `<signal qcode="sig:correction"/>` in itemMeta (IPTC Signal NewsCodes), often with an edNote;
 * - NITF 3.x: `<correction info="…"/>` in docdata ("the item is a correction to a previously published document");
 * - ninjs has no signal: agencies say it in `ednote` ("CORRECTION: …", "corrects …");
 * - plain text, ANPA-1312 and IPTC 7901: a `CORRECTED-`/`CORRECTION-` headline mark or take key (lineage.ts), or
 *   a leading "CORRECTION" line.
 * It reads the item's own original text, kept with the story, so stories imported before this check count too.
 */
import type { Article } from '../domain/article.js';
import { readUpdateMarks } from './lineage.js';

export interface CorrectionSignal {
  /** Where the item said so: 'signal', 'nitf-correction', 'ednote', 'mark' or 'text'. */
  readonly by: 'signal' | 'nitf-correction' | 'ednote' | 'mark' | 'text';
  /** The agency's note on what it corrected, when it gave one. */
  readonly note: string;
}

const G2_SIGNAL = /<(?:[\w-]+:)?signal\b[^>]*\bqcode\s*=\s*["'][^"':]*:correction["']/iu;
const NITF_CORRECTION = /<(?:[\w-]+:)?correction\b([^>]*)>/iu;
const NOTE_SAYS = /\bcorrect(?:s|ed|ion)\b/iu;
const TEXT_LINE = /^\s*(?:CORRECTION|CORRECTED|BERICHTIGUNG|CORRECTIF|CORRECCI[ÓO]N|RETTIFICA|KORRIGERING|RETTELSE|KORJAUS)\b[\s:.,-]*(.*)$/mu;

export function correctionSignal(article: Pick<Article, 'headline' | 'takeKey' | 'ednote' | 'lineage' | 'original'>): CorrectionSignal | null {
  const item = itemText(article.original.text, article.original.format, article.original.item ?? 0);
  const ednote = article.ednote.trim();
  const note = NOTE_SAYS.test(ednote) ? ednote : '';
  if (article.original.format === 'newsml-g2' && G2_SIGNAL.test(item)) return { by: 'signal', note };
  if (article.original.format === 'nitf' || article.original.format === 'newsml-1') {
    const tag = NITF_CORRECTION.exec(item);
    if (tag) return { by: 'nitf-correction', note: decodeXml(/\binfo\s*=\s*"([^"]*)"/u.exec(tag[1] ?? '')?.[1] ?? '') || note };
  }
  const lifted = article.lineage?.relation ?? '';
  const marks = readUpdateMarks(article.headline, article.takeKey).marks;
  if (marks.some((m) => m.relation === 'correction') || /\bCORRECT(?:ED|ION)\b/u.test(lifted)) return { by: 'mark', note };
  // The note may gather several ("(Adds comment); CORRECTED": the wire's own, then the marks cleaning lifted).
  if (note && ednote.split(/;\s+/u).some((part) => /^\s*(?:CORRECTION|CORRECTED|corrects)\b/iu.test(part))) return { by: 'ednote', note };
  if (['plain-text', 'anpa-1312', 'iptc-7901'].includes(article.original.format)) {
    const line = TEXT_LINE.exec(item.split('\n').slice(0, 3).join('\n'));
    if (line) return { by: 'text', note: (line[1] ?? '').trim() };
  }
  return null;
}

/** The text of one item of a file that may carry several (a NewsML-G2 newsMessage). */
function itemText(text: string, format: string, item: number): string {
  if (format !== 'newsml-g2') return text;
  const items = text.split(/<(?:[\w-]+:)?newsItem\b/u).slice(1);
  return items[item] ?? text;
}

function decodeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
