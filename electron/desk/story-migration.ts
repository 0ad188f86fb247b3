/**
 * Libraries saved before blocks had ids: on open each story's paragraphs get ids and its paragraph-index decisions
 * become anchored ones, with nothing lost.
 *
 * The stored paragraphs are the machine's cleaning with the editor's flag fixes applied, paragraph by paragraph.
 * When the story has as many paragraphs as cleaning makes, paragraph i is cleaning's block i and takes its id;
 * otherwise a paragraph takes the id of the block with the same text, and any other gets an id of its own. The
 * machine's blocks become the ancestor for re-cleaning, so old fixes are kept like edits.
 */
import type { Article, Paragraph } from '../domain/article.js';
import { anchorAt, blockAnchor } from '../domain/anchors.js';
import type { DeskDecisions, FlagDismissal, SpeakerTag, TextFix } from '../domain/desk.js';
import type { MachineBlock } from '../domain/story-body.js';

/** The shapes stored before anchors: decisions named a paragraph by its index. */
interface LegacyDecisions {
  readonly speakerTags?: readonly { readonly paragraph?: number; readonly speaker: string | null; readonly anchor?: unknown }[];
  readonly fixes?: readonly { readonly paragraph?: number; readonly find: string; readonly replace: string; readonly anchor?: unknown }[];
  readonly dismissedFlags?: readonly string[];
}

export function needsMigration(article: Article): boolean {
  const legacy = article.decisions as LegacyDecisions;
  return (
    article.paragraphs.some((p) => typeof (p as Partial<Paragraph>).id !== 'string') ||
    (legacy.speakerTags ?? []).some((t) => t.anchor === undefined) ||
    (legacy.fixes ?? []).some((f) => f.anchor === undefined)
  );
}

export function migrateArticle(article: Article, machine: readonly MachineBlock[]): Article {
  const paragraphs = withIds(article.paragraphs, machine);
  const legacy = article.decisions as LegacyDecisions;
  const blockAt = (i: number | undefined) => (i === undefined ? undefined : paragraphs[i]);
  const speakerTags: SpeakerTag[] = [];
  for (const t of legacy.speakerTags ?? []) {
    if (t.anchor !== undefined) speakerTags.push(t as SpeakerTag);
    else {
      const block = blockAt(t.paragraph);
      if (block) speakerTags.push({ speaker: t.speaker, anchor: blockAnchor(block) });
    }
  }
  const fixes: TextFix[] = [];
  for (const f of legacy.fixes ?? []) {
    if (f.anchor !== undefined) {
      fixes.push(f as TextFix);
      continue;
    }
    const block = blockAt(f.paragraph) ?? { id: '', text: '' };
    const start = Math.max(0, block.text.indexOf(f.replace));
    fixes.push({ find: f.find, replace: f.replace, anchor: anchorAt(block, start, start + f.replace.length) });
  }
  // Flag ids named the paragraph's index (`kind@3:text`); they now name its block (`kind@p5:text`).
  const dismissals: FlagDismissal[] = [];
  const dismissedFlags = (legacy.dismissedFlags ?? []).map((id) => {
    const m = /^([a-z-]+)@(\d+):(.*)$/su.exec(id);
    const block = m ? blockAt(Number(m[2])) : undefined;
    if (!m || !block) return id;
    const text = m[3] ?? '';
    const flagId = `${m[1]}@${block.id}:${text}`;
    const start = Math.max(0, block.text.indexOf(text));
    dismissals.push({ flagId, anchor: anchorAt(block, start, start + text.length) });
    return flagId;
  });
  const decisions: DeskDecisions = { speakerTags, fixes, dismissedFlags, dismissals };
  const changed = paragraphs.some((p, i) => p.text !== machine[i]?.text || p.id !== machine[i]?.id) || paragraphs.length !== machine.length;
  return {
    ...article,
    paragraphs,
    decisions,
    ...(changed && !article.machine ? { machine } : {}),
    // Flags carry block ids now: the reading is done again when the story is opened.
    analysed: false,
  };
}

function withIds(stored: readonly Paragraph[], machine: readonly MachineBlock[]): Paragraph[] {
  const aligned = stored.length === machine.length;
  const used = new Set<string>();
  return stored.map((p, i) => {
    if (typeof (p as Partial<Paragraph>).id === 'string') return p;
    let id = aligned ? machine[i]?.id : machine.find((m) => m.text === p.text && !used.has(m.id))?.id;
    if (!id || used.has(id)) id = `b-migrated${i.toString(36).padStart(6, '0')}`;
    used.add(id);
    return { ...p, id };
  });
}
