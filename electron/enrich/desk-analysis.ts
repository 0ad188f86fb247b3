/**
 * The desk's reading of a cleaned story: the editor's wording fixes applied, then entities, the speaker of each
 * paragraph (the editor's tags win over the tagger's), the sources with the paragraphs each supports, the flags
 * (less those the editor dismissed) and the suggested subjects. Pure and fast: it runs on every import.
 */
import type { Paragraph, Source, Subject } from '../domain/article.js';
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

export interface DeskAnalysis {
  readonly paragraphs: readonly Paragraph[];
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
}

let compiled: { glossary: readonly GlossaryTerm[]; rules: ReturnType<typeof compileGlossary> } | null = null;
function glossaryRules(glossary: readonly GlossaryTerm[]) {
  if (compiled?.glossary !== glossary) compiled = { glossary, rules: compileGlossary(glossary) };
  return compiled.rules;
}

export function applyFixes(texts: readonly string[], decisions: DeskDecisions): string[] {
  const out = [...texts];
  for (const fix of decisions.fixes) {
    const t = out[fix.paragraph];
    if (t !== undefined && fix.find) out[fix.paragraph] = t.split(fix.find).join(fix.replace);
  }
  return out;
}

export function analyseStory(rawTexts: readonly string[], source: Source, input: DeskInput = {}): DeskAnalysis {
  const decisions = input.decisions ?? NO_DECISIONS;
  const texts = applyFixes(rawTexts, decisions);
  const mentions = texts.map(paragraphMentions);
  const entities = collectEntities(mentions);
  const tagged = tagSpeakers(texts, mentions, entities).map((t, i): SpeakerTagged & { confirmed: boolean } => {
    const tag = decisions.speakerTags.find((s) => s.paragraph === i);
    if (!tag) return { ...t, confirmed: false };
    return { speaker: tag.speaker, kind: tag.speaker === null ? null : kindOf(tag.speaker, entities, t), confirmed: true };
  });
  const paragraphs = texts.map((text, i) => {
    const t = tagged[i];
    return t?.confirmed ? { text, speaker: t.speaker, speakerConfirmed: true } : { text, speaker: t?.speaker ?? null };
  });
  const dismissed = new Set(decisions.dismissedFlags);
  const lintOptions = input.language ? { language: input.language } : {};
  const flags = lintParagraphs(texts, tagged, glossaryRules(input.glossary ?? DEFAULT_GLOSSARY), lintOptions).filter((f) => !dismissed.has(f.id));
  return { paragraphs, entities, sources: sourcesOf(tagged, source), flags, subjects: suggestSubjects(texts) };
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
