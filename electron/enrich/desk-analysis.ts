/**
 * The desk's reading of a cleaned story: the editor's wording fixes applied, then entities, the speaker of each
 * paragraph (the editor's tags win over the tagger's), the sources with the paragraphs each supports, the flags
 * (less those the editor dismissed) and the suggested subjects. Pure and fast: it runs on every import.
 */
import type { Source, Subject } from '../domain/article.js';
import { anchorAt, attach, indexById, type AnchoredText } from '../domain/anchors.js';
import {
  DEFAULT_GLOSSARY,
  NO_DECISIONS,
  type DeskDecisions,
  type Entities,
  type Flag,
  type GlossaryTerm,
  type SourceKind,
  type StorySource,
} from '../domain/desk.js';
import { collectEntities, paragraphMentions } from './entities.js';
import { compileGlossary, lintParagraphs } from './flags.js';
import { tagSpeakers, type SpeakerTagged } from './speakers.js';
import { suggestSubjects } from './subjects.js';

/** The reading of one block: who speaks in it, and whether the editor said so. */
export interface BlockReading {
  readonly speaker: string | null;
  readonly speakerConfirmed?: boolean;
}

export interface DeskAnalysis {
  /** One per block, in order. */
  readonly paragraphs: readonly BlockReading[];
  readonly entities: Entities;
  readonly sources: readonly StorySource[];
  readonly flags: readonly Flag[];
  readonly subjects: readonly Subject[];
}

export interface DeskInput {
  readonly decisions?: DeskDecisions;
  readonly glossary?: readonly GlossaryTerm[];
  /** The story's language: spelling is checked for English only. */
  readonly language?: string;
  /** Where the story's file stops before its document closes (Original.cutShort): flagged on the last block. */
  readonly cutShort?: string;
}

let compiled: { glossary: readonly GlossaryTerm[]; rules: ReturnType<typeof compileGlossary> } | null = null;
function glossaryRules(glossary: readonly GlossaryTerm[]) {
  if (compiled?.glossary !== glossary) compiled = { glossary, rules: compileGlossary(glossary) };
  return compiled.rules;
}

/**
 * Reads the body's blocks. The editor's speaker tags apply to the block their anchor attaches to (a tag whose
 * block is gone applies nowhere: the caller reports it orphaned). Fixes are edits of the body already made, so
 * they are not applied here.
 */
export function analyseStory(blocks: readonly AnchoredText[], source: Source, input: DeskInput = {}): DeskAnalysis {
  const decisions = input.decisions ?? NO_DECISIONS;
  const texts = blocks.map((b) => b.text);
  const byId = indexById(blocks);
  const tags = new Map<number, string | null>();
  for (const tag of decisions.speakerTags) {
    const at = byId.get(tag.anchor.block);
    if (at !== undefined) tags.set(at, tag.speaker);
  }
  const mentions = texts.map(paragraphMentions);
  const entities = collectEntities(mentions);
  const tagged = tagSpeakers(texts, mentions, entities).map((t, i): SpeakerTagged & { confirmed: boolean } => {
    if (!tags.has(i)) return { ...t, confirmed: false };
    const speaker = tags.get(i) ?? null;
    return { speaker, kind: speaker === null ? null : kindOf(speaker, entities, t), confirmed: true };
  });
  const paragraphs = texts.map((_, i): BlockReading => {
    const t = tagged[i];
    return t?.confirmed ? { speaker: t.speaker, speakerConfirmed: true } : { speaker: t?.speaker ?? null };
  });
  const dismissed = new Set(decisions.dismissedFlags);
  const lintOptions = input.language ? { language: input.language } : {};
  const flags = lintParagraphs(texts, tagged, glossaryRules(input.glossary ?? DEFAULT_GLOSSARY), lintOptions)
    .map((f): Flag => {
      const block = blocks[f.paragraph] ?? { id: '', text: '' };
      const start = Math.max(0, block.text.indexOf(f.text));
      return { ...f, id: `${f.kind}@${block.id}:${f.text}`, anchor: anchorAt(block, start, start + f.text.length) };
    })
    .filter((f) => !dismissed.has(f.id));
  const cut = input.cutShort ? cutShortFlag(blocks, input.cutShort) : null;
  if (cut && !dismissed.has(cut.id)) flags.push(cut);
  // Media Topics' labels are English: looked up in copy of another language they match its function words
  // (Swedish "men" is "but", not men). Other languages get no suggestions rather than wrong ones.
  const english = !input.language || /^en\b/iu.test(input.language);
  return { paragraphs, entities, sources: sourcesOf(tagged, source), flags, subjects: english ? suggestSubjects(texts) : [] };
}

/**
 * The story's file stops before its document closes: the flag sits on the last words of the last block, where the
 * text may have been lost, until the editor has checked the story against a whole copy and dismisses it.
 */
function cutShortFlag(blocks: readonly AnchoredText[], where: string): Flag | null {
  const paragraph = blocks.length - 1;
  const block = blocks[paragraph];
  if (!block) return null;
  const words = /\S+(?:\s+\S+){0,5}\s*$/u.exec(block.text);
  const text = (words?.[0] ?? block.text).trimEnd();
  const start = Math.max(0, block.text.lastIndexOf(text));
  return {
    id: `cut-short@${block.id}:${text}`,
    kind: 'cut-short',
    paragraph,
    text,
    reason: `The file is cut short (${where}): the story may end early. Check it against a whole copy from the sender`,
    suggestion: null,
    anchor: anchorAt(block, start, start + text.length),
  };
}

/** Dismissals re-keyed to where their words are now (a split moves words to a new block, so its flag id changes). */
export function reattachDismissals(decisions: DeskDecisions, blocks: readonly AnchoredText[]): { decisions: DeskDecisions; lost: DeskDecisions['dismissals'] } {
  const byId = indexById(blocks);
  const kept: NonNullable<DeskDecisions['dismissals']>[number][] = [];
  const lost: NonNullable<DeskDecisions['dismissals']>[number][] = [];
  for (const d of decisions.dismissals ?? []) {
    const found = attach(d.anchor, blocks, byId);
    if (!found) {
      lost.push(d);
      continue;
    }
    const kind = d.flagId.slice(0, d.flagId.indexOf('@'));
    kept.push({ flagId: `${kind}@${found.anchor.block}:${found.anchor.quote.exact}`, anchor: found.anchor });
  }
  const dismissedFlags = [...new Set([...decisions.dismissedFlags.filter((id) => !(decisions.dismissals ?? []).some((d) => d.flagId === id)), ...kept.map((d) => d.flagId)])];
  return { decisions: { ...decisions, dismissals: kept, dismissedFlags }, lost };
}

function kindOf(name: string, entities: Entities, auto: SpeakerTagged): SourceKind {
  if (auto.speaker === name && auto.kind) return auto.kind;
  if (entities.people.some((p) => p.name === name)) return 'person';
  if (entities.organisations.some((o) => o.name === name)) return 'organisation';
  return 'person';
}

/** The agency supports its own narration; every speaker the paragraphs it is tagged on. */
function sourcesOf(tagged: readonly SpeakerTagged[], source: Source): StorySource[] {
  const bySpeaker = new Map<string, { kind: SourceKind; paragraphs: number[] }>();
  const narration: number[] = [];
  tagged.forEach((t, i) => {
    if (t.speaker === null) {
      narration.push(i);
      return;
    }
    const entry = bySpeaker.get(t.speaker) ?? { kind: t.kind ?? 'person', paragraphs: [] };
    entry.paragraphs.push(i);
    bySpeaker.set(t.speaker, entry);
  });
  const agency = source.name || source.credit || source.code || 'Agency';
  return [
    { name: agency, kind: 'agency', paragraphs: narration },
    ...[...bySpeaker].map(([name, e]) => ({ name, kind: e.kind, paragraphs: e.paragraphs })),
  ];
}
