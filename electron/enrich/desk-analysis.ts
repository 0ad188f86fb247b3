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

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces `find` where it stands as a whole: a fix for "5" must not touch the 5 in "5,000", "15" or "2025", nor
 * one for "per cent" the inside of another word. Ends that are letters or digits need a boundary there; a figure
 * also may not go on, or come after, a thousands or decimal group (",000", "2.5").
 */
export function replaceWhole(text: string, find: string, replace: string): string {
  const word = /[\p{L}\p{N}]/u;
  const before = word.test(find.at(0) ?? '') ? '(?<![\\p{L}\\p{N}]|\\p{N}[.,])' : '';
  const after = word.test(find.at(-1) ?? '') ? '(?![\\p{L}\\p{N}]|[.,]\\p{N})' : '';
  return text.replace(new RegExp(`${before}${escapeRe(find)}${after}`, 'gu'), () => replace);
}

export function applyFixes(texts: readonly string[], decisions: DeskDecisions): string[] {
  const out = [...texts];
  for (const fix of decisions.fixes) {
    const t = out[fix.paragraph];
    if (t !== undefined && fix.find) out[fix.paragraph] = replaceWhole(t, fix.find, fix.replace);
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
