/**
 * A corrected version's notice (issue 10, part 3): what the agency corrected against its previous version, and where
 * and when the earlier versions already went out. Worked out from the stored versions when asked, so it is the same
 * whatever order the versions arrived in (the chain's order is the items' own, see fingerprint-index.ts).
 */
import type { Article } from '../domain/article.js';
import { correctedBlocks, describeCorrectedBlock } from '../domain/agency-correction.js';
import { correctionSignal } from '../enrich/correction-signal.js';
import type { StoryKeys } from '../store/fingerprint-index.js';
import type { StoryCorrection } from '../api/contract.js';

/** The agency's text of a version: the machine's cleaned body the editor started from, or the body if unedited. */
function agencyText(article: Article): string[] {
  return (article.machine ?? article.paragraphs).map((b) => b.text);
}

function versionLabel(keys: StoryKeys, at: number): string {
  return `version ${keys.version ?? at + 1}`;
}

/**
 * The correction `id` makes, or null when it is not a correction (or has no earlier version to compare with).
 * `chain` is the story's versions in order (FingerprintIndex.versions).
 */
export async function correctionOf(id: string, chain: readonly StoryKeys[], load: (id: string) => Promise<Article>): Promise<StoryCorrection | null> {
  const at = chain.findIndex((k) => k.id === id);
  if (at <= 0) return null;
  const article = await load(id);
  const signal = correctionSignal(article);
  if (!signal) return null;
  const previousKeys = chain[at - 1] as StoryKeys;
  const previous = await load(previousKeys.id);
  const blocks = correctedBlocks(agencyText(previous), agencyText(article));
  const exported = [];
  for (const [i, keys] of chain.slice(0, at).entries()) {
    const version = keys.id === previous.id ? previous : await load(keys.id);
    for (const e of version.exports) {
      exported.push({ versionId: keys.id, version: versionLabel(keys, i), format: e.format, fileName: e.fileName, folder: e.folder ?? null, at: e.at, ...(e.url ? { url: e.url } : {}) });
    }
  }
  return {
    id,
    version: versionLabel(chain[at] as StoryKeys, at),
    of: { id: previous.id, version: versionLabel(previousKeys, at - 1), headline: previous.headline },
    by: signal.by,
    note: signal.note,
    blocks,
    summary: blocks.map(describeCorrectedBlock).join('; ') || 'no change to the text',
    exported: exported.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
  };
}
