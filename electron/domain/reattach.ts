/**
 * After any change of the body (an edit, a re-run of cleaning, a revert) every decision of the editor is attached
 * again through its anchor. A decision that still finds its words gets its anchor refreshed; one that does not is
 * moved to `orphaned` with what it said, so the editor sees it: it is never applied to other words.
 *
 * A speaker tag belongs to its block (ids survive edits and re-cleaning): it stays while the block is there.
 */
import type { Article, CleaningChange } from './article.js';
import { attach, blockAnchor, indexById, anchorAt } from './anchors.js';
import type { DeskDecisions, FlagDismissal, SpeakerTag, TextFix } from './desk.js';
import { reattachMentions } from './entity-anchors.js';
import { machineBlockId, type OrphanedDecision } from './story-body.js';

export function reattachDecisions(article: Article, at: string): Article {
  const blocks = article.paragraphs;
  const byId = indexById(blocks);
  const orphaned: OrphanedDecision[] = [];
  const speakerTags: SpeakerTag[] = [];
  for (const tag of article.decisions.speakerTags) {
    const home = byId.get(tag.anchor.block);
    const block = home === undefined ? undefined : blocks[home];
    if (block) speakerTags.push({ ...tag, anchor: blockAnchor(block) });
    else orphaned.push({ kind: 'speaker', anchor: tag.anchor, detail: `speaker: ${tag.speaker ?? "the agency's narration"}`, at });
  }
  const fixes: TextFix[] = [];
  for (const fix of article.decisions.fixes) {
    const found = attach(fix.anchor, blocks, byId);
    if (found) fixes.push({ ...fix, anchor: found.anchor });
    else orphaned.push({ kind: 'fix', anchor: fix.anchor, detail: `fix: ${fix.find} → ${fix.replace}`, at });
  }
  const dismissals: FlagDismissal[] = [];
  const moved = new Map<string, string>();
  for (const d of article.decisions.dismissals ?? []) {
    const found = attach(d.anchor, blocks, byId);
    if (!found) {
      orphaned.push({ kind: 'dismissal', anchor: d.anchor, detail: `dismissed: ${d.flagId}`, at });
      moved.set(d.flagId, '');
      continue;
    }
    const kind = d.flagId.slice(0, d.flagId.indexOf('@'));
    const flagId = `${kind}@${found.anchor.block}:${found.anchor.quote.exact}`;
    moved.set(d.flagId, flagId);
    dismissals.push({ flagId, anchor: found.anchor });
  }
  const dismissedFlags = [...new Set(article.decisions.dismissedFlags.map((id) => moved.get(id) ?? id).filter((id) => id !== ''))];
  const entityMentions = reattachMentions(article.decisions.mentions ?? [], article.entities, blocks, at);
  orphaned.push(...entityMentions.orphaned);
  const decisions: DeskDecisions = {
    speakerTags,
    fixes,
    dismissedFlags,
    dismissals,
    ...(article.decisions.mentions ? { mentions: entityMentions.mentions } : {}),
  };
  return {
    ...article,
    decisions,
    changes: anchorChanges(article.changes, article),
    ...(orphaned.length > 0 || article.orphaned ? { orphaned: [...(article.orphaned ?? []), ...orphaned] } : {}),
  };
}

/**
 * Where each change's result sits in the body now: its block (cleaning's ids name the original's block)
 * and its words, when they occur exactly once there. A change that only removed text has no words to point at.
 */
function anchorChanges(changes: readonly CleaningChange[], article: Article): CleaningChange[] {
  const byId = indexById(article.paragraphs);
  return changes.map((c) => {
    // An applied change left its `after` in the text; an undone one left its `before` there.
    const after = (c.applied ? c.after : c.before).trim();
    const home = byId.get(machineBlockId(c.position.block));
    const block = home === undefined ? undefined : article.paragraphs[home];
    if (after === '' || !block) return { ...c, anchor: null };
    const first = block.text.indexOf(after);
    const unique = first >= 0 && block.text.indexOf(after, first + 1) < 0;
    return { ...c, anchor: unique ? anchorAt(block, first, first + after.length) : null };
  });
}
