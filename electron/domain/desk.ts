import type { BodyAnchor } from './story-body.js';

/**
 * What the editor's desk adds to a story: who speaks in it (sources and per-paragraph speakers), what it names
 * (entities), what a careful editor would query (flags), and the editor's own decisions on them, which every
 * re-run of cleaning and enrichment keeps.
 */
export interface PersonEntity {
  readonly name: string;
  /** The title or role as the copy gives it ("Secretary", "Defense Minister"), when it gives one. */
  readonly role: string | null;
  readonly organisation: string | null;
}

export interface OrganisationEntity {
  readonly name: string;
}

export interface PlaceEntity {
  readonly name: string;
  /** ISO 3166-1 alpha-2, from the bundled gazetteer. */
  readonly country: string | null;
}

export interface Entities {
  readonly people: readonly PersonEntity[];
  readonly organisations: readonly OrganisationEntity[];
  readonly places: readonly PlaceEntity[];
}

export const NO_ENTITIES: Entities = { people: [], organisations: [], places: [] };

export const SOURCE_KINDS = ['agency', 'person', 'organisation', 'document', 'unnamed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One source of the story and the paragraphs (0-based) it supports. */
export interface StorySource {
  readonly name: string;
  readonly kind: SourceKind;
  readonly paragraphs: readonly number[];
}

export const FLAG_KINDS = ['unattributed-claim', 'vague-source', 'loaded-term', 'style', 'spelling', 'contact-details', 'cut-short'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Something the linter asks the editor to look at. Never applied by itself: the editor fixes or dismisses it. */
export interface Flag {
  /** Stable across re-runs and edits: `kind@blockId:text`. */
  readonly id: string;
  readonly kind: FlagKind;
  /** Index of the block in the body as it is now (for ¶ numbers); `anchor.block` is the block's id. */
  readonly paragraph: number;
  /** The flagged words in their block. */
  readonly anchor: BodyAnchor;
  readonly text: string;
  readonly reason: string;
  /** The replacement the editor can apply in one step, or null when the fix needs judgment. */
  readonly suggestion: string | null;
}

/**
 * The editor's speaker tag for a block: confirms or overrides the tagger (null = the agency's narration). The
 * anchor quotes the block's opening words, so the tag follows the paragraph through edits and re-cleaning.
 */
export interface SpeakerTag {
  readonly anchor: BodyAnchor;
  readonly speaker: string | null;
}

/**
 * A wording fix the editor applied from a flag. The fix is an edit of the body (kept through re-cleaning like any
 * other edit); this record says what was done and where (the anchor quotes the replacement in its block).
 */
export interface TextFix {
  readonly anchor: BodyAnchor;
  readonly find: string;
  readonly replace: string;
}

/** A flag the editor dismissed: its id, and the words it was about. */
export interface FlagDismissal {
  readonly flagId: string;
  readonly anchor: BodyAnchor;
}

/** The editor's decisions on the desk's suggestions; kept across every re-run of cleaning and every edit. */
export interface DeskDecisions {
  readonly speakerTags: readonly SpeakerTag[];
  readonly fixes: readonly TextFix[];
  /** Ids of dismissed flags (`kind@blockId:text`): what the linter and the export gates read. */
  readonly dismissedFlags: readonly string[];
  readonly dismissals?: readonly FlagDismissal[];
  /** Where each entity the editor set is named in the text (entity-anchors.ts); absent until entities are edited. */
  readonly mentions?: readonly EntityMention[];
}

/** An entity the editor set, anchored to its first mention in the body. */
export interface EntityMention {
  readonly kind: 'people' | 'organisations' | 'places';
  readonly name: string;
  readonly anchor: BodyAnchor;
}

export const NO_DECISIONS: DeskDecisions = { speakerTags: [], fixes: [], dismissedFlags: [] };

/** A term the house does not use in its own voice, with what it uses instead. */
export interface GlossaryTerm {
  readonly term: string;
  readonly suggestion: string;
  readonly note: string;
}

export const DEFAULT_GLOSSARY: readonly GlossaryTerm[] = [
  { term: 'Zionist regime', suggestion: 'Israel', note: 'loaded term of Iranian state media; use only in quotes' },
  { term: 'Daesh', suggestion: 'Islamic State', note: 'pejorative name; house style is Islamic State (IS)' },
  { term: 'martyr', suggestion: 'killed', note: 'value judgment; say how the person died' },
  { term: 'martyrs', suggestion: 'people killed', note: 'value judgment; say how they died' },
  { term: 'martyred', suggestion: 'killed', note: 'value judgment; say how the person died' },
  { term: 'occupying forces', suggestion: 'Israeli forces', note: 'loaded term in the agency voice' },
  { term: 'terrorist rings', suggestion: 'militant groups', note: 'label belongs in attributed speech' },
  { term: 'Takfiri groups', suggestion: 'Sunni militant groups', note: 'loaded term of Iranian state media' },
  { term: 'regime', suggestion: 'government', note: 'loaded when used of a government in the agency voice' },
];

/** "Always remove this for this source": a passage the editor marked as boilerplate of one source. */
export interface BoilerplateRule {
  /** The source key: the agency code when known, else its name. */
  readonly source: string;
  readonly text: string;
  readonly createdAt: string;
}

/** A source the desk remembers across stories. */
export interface RegistryEntry {
  readonly name: string;
  readonly kind: SourceKind;
  readonly role: string | null;
  readonly organisation: string | null;
  /** The editor's note, e.g. "state-run agency". */
  readonly note: string;
  /** How many stories it has appeared in. */
  readonly stories: number;
}

/** What the library keeps for the whole desk (not one story): rules and memory the editor builds up. */
export interface DeskSettings {
  /** The desk user's name: the author of every revision saved from this library. */
  readonly userName?: string;
  readonly boilerplate: readonly BoilerplateRule[];
  readonly glossary: readonly GlossaryTerm[];
  readonly registry: readonly RegistryEntry[];
}

export const DEFAULT_DESK: DeskSettings = { boilerplate: [], glossary: DEFAULT_GLOSSARY, registry: [] };

/** The key boilerplate rules and registry entries are filed under for an agency. */
export function sourceKey(source: { readonly code: string | null; readonly name: string }): string {
  return (source.code ?? source.name).trim();
}
