/**
 * Kills at import: a story that carries a kill notice (enrich/kill-notice.ts) is registered with every story it
 * reaches — its earlier versions (the lineage chain), a story of the same source whose headline it names, and
 * local stories whose text comes from it (fingerprint similarity at or above KILL_SIMILARITY). Export then refuses
 * each of them until an editor lifts the kill with a reason.
 */
import type { Article } from '../domain/article.js';
import { readKillNotice, type KillNotice } from '../enrich/kill-notice.js';
import { headlineKey } from '../enrich/lineage.js';
import type { FingerprintIndex } from '../store/fingerprint-index.js';
import type { KillEntry } from '../store/kill-register.js';

/**
 * A local story whose text comes from a killed one shares most of its shingles with it; another agency's account
 * of the same event shares far fewer. 0.5 is the fingerprint index's own threshold for "an update of the same
 * story" (bulk-import.ts), above its 0.3 for "related": a rewrite of the killed copy is caught, another account is
 * not.
 */
export const KILL_SIMILARITY = 0.5;

export function killNoticeOf(article: Article): KillNotice | null {
  return readKillNotice({
    pubstatus: article.pubstatus,
    headline: article.headline,
    slugline: article.slugline,
    takeKey: article.takeKey,
    ednote: article.ednote,
    // The copy as the agency sent it comes too: cleaning may have taken the advisory's first line apart.
    lead: [...article.paragraphs.slice(0, 4).map((p) => p.text), ...firstLines(article.original.text, 3)],
  });
}

function firstLines(text: string, n: number): string[] {
  const lines: string[] = [];
  for (const line of text.slice(0, 2000).split(/\r?\n/u)) {
    const t = line.trim();
    if (t) lines.push(t);
    if (lines.length === n) break;
  }
  return lines;
}

/** What the headline names once the advisory word is off it: `KILL - Floods in Kessel` → `Floods in Kessel`. */
function killedHeadline(article: Article, notice: KillNotice): string {
  const line = [article.headline, ...firstLines(article.original.text, 3)].map((l) => l.trim()).find((l) => l.startsWith(notice.signal)) ?? '';
  return line.slice(notice.signal.length).replace(/^[\s\-–—:;/|!]+/u, '').trim();
}

/** The kill entries a batch of newly stored stories brings, with the stories each reaches. */
export function killsIn(articles: readonly Article[], index: FingerprintIndex, now: Date): KillEntry[] {
  const entries: KillEntry[] = [];
  for (const article of articles) {
    const notice = killNoticeOf(article);
    if (!notice) continue;
    const affected = new Set<string>([article.id]);
    for (const v of index.versions(article.id)) affected.add(v.id);
    const source = index.get(article.id)?.source;
    const named = killedHeadline(article, notice);
    if (source && named) {
      for (const k of index.withHeadline(source, headlineKey(named))) {
        for (const v of index.versions(k.id)) affected.add(v.id);
      }
    }
    for (const id of [...affected]) {
      const sig = index.signatureOf(id);
      if (!sig) continue;
      for (const c of index.similar(sig, KILL_SIMILARITY, 20, id)) affected.add(c.id);
    }
    entries.push({ noticeId: article.id, signal: notice.signal, reason: notice.reason, at: now.toISOString(), affected: [...affected], lifted: null });
  }
  return entries;
}

/** The export block a kill in force puts on a story, in the desk's words. */
export function killReason(entry: KillEntry): string {
  const why = entry.reason ? `: ${entry.reason}` : '';
  return `Killed by the agency (${entry.signal})${why}. Lift the kill, with a reason, before it can go`;
}
