/**
 * The path of a story, composed: ingest → clean → enrich → an Article ready to store. Undo and redo run the same
 * path again from the kept original, without the rejected changes, and keep every field the editor set by hand.
 */
import { randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { countWordsIn } from '../domain/char-class.js';
import type { BoilerplateRule, GlossaryTerm } from '../domain/desk.js';
import { analyseStory } from '../enrich/desk-analysis.js';
import { agencyFromRaw } from '../domain/wire-values.js';
import { EMPTY_DESK_FIELDS, type Article, type Author, type DeclaredWordCount, type EditableField, type Original, type Paragraph, type WireFields } from '../domain/article.js';
import { clean, rulesFor } from '../clean/engine.js';
import type { CleaningContext } from '../clean/rule.js';
import type { Extracted } from '../clean/working-copy.js';
import { enrich } from '../enrich/enrich.js';
import { applyWireMeta } from '../enrich/wire-meta.js';
import { parseDraft } from '../ingest/ingest.js';
import { anchorAt } from '../domain/anchors.js';
import { mergeBodies } from '../domain/body-merge.js';
import { reattachDecisions } from '../domain/reattach.js';
import { machineBlockId, type MachineBlock, type OrphanedDecision } from '../domain/story-body.js';
import { migrateArticle, needsMigration } from './story-migration.js';
import type { WireDraft } from '../ingest/wire-draft.js';

/** What the desk's library contributes to cleaning and enrichment: boilerplate rules and the house glossary. */
export interface DeskRules {
  readonly boilerplate?: readonly BoilerplateRule[];
  readonly glossary?: readonly GlossaryTerm[];
}

export interface BuildOptions {
  /** Run the desk's reading now (the CLI, tests) or leave it to the story's first opening (a batch import). */
  readonly analyse?: boolean;
}

export function buildArticle(original: Original, draft: WireDraft, now: Date, desk: DeskRules = {}, options: BuildOptions = {}): Article {
  const cleaned = clean(draft, contextFor(draft, now, desk), new Set(), rulesFor(draft));
  const { fields, keywords, wire } = applyWireMeta(enrich(cleaned, now), draft.meta, now);
  const at = now.toISOString();
  const article: Article = {
    id: randomUUID(),
    revision: 1,
    status: 'new',
    ...fields,
    keywords,
    ...wire,
    ...EMPTY_DESK_FIELDS,
    ...liftedWireFields(cleaned.copy.extracted, wire),
    ...wordCounts(fields.paragraphs, draft.meta.wordCount),
    createdAt: at,
    updatedAt: at,
    importedAt: at,
    original,
    changes: cleaned.changes,
    edited: [],
    exports: [],
  };
  return options.analyse === false ? article : analyseArticle(article, desk);
}

function contextFor(draft: WireDraft, importedAt: Date, desk: DeskRules): CleaningContext {
  return { importedAt, boilerplate: desk.boilerplate ?? [], ...(draft.meta.headline ? { headline: draft.meta.headline } : {}) };
}

const DESK_FIELD_KEYS = Object.keys(EMPTY_DESK_FIELDS) as (keyof typeof EMPTY_DESK_FIELDS)[];

/**
 * A story stored before the desk existed has no entities, sources, flags or decisions: it gets the empty ones
 * (and is read on its next opening). One stored before blocks had ids is migrated (story-migration.ts).
 */
export function withDeskFields(stored: Article, desk: DeskRules = {}): Article {
  const partial = stored as Partial<Article> & Article;
  // A story stored with the desk's fields (every one since the desk) is copied whole, which V8 does by cloning its
  // shape (~1 µs); spreading it over the defaults instead defines each of its fields one by one (~100 µs a story,
  // measured on stored 13-KB stories), and every read of a story pays it.
  const complete = partial.subjects !== undefined && DESK_FIELD_KEYS.every((k) => partial[k] !== undefined);
  const filled: Article = complete ? { ...partial } : { ...EMPTY_DESK_FIELDS, ...partial, subjects: partial.subjects ?? [] };
  return needsMigration(filled) ? migrateArticle(filled, machineBlocks(filled, rejectedIds(filled), desk)) : filled;
}

/**
 * The desk's reading of the story's current body. Entities and subjects the editor set by hand are kept;
 * Copydesk's subject suggestions are replaced, the wire's own subjects kept. Every decision is attached again
 * first (reattach.ts), so the reading uses only those that still find their words.
 */
export function analyseArticle(stored: Article, desk: DeskRules = {}, at: string = new Date().toISOString()): Article {
  const article = reattachDecisions(stored, at);
  const found = analyseStory(article.paragraphs, article.source, {
    decisions: article.decisions,
    language: article.language,
    ...(article.original.cutShort ? { cutShort: article.original.cutShort } : {}),
    ...(desk.glossary ? { glossary: desk.glossary } : {}),
  });
  const own = article.subjects.filter((s) => !s.suggested);
  const suggested = found.subjects.filter((s) => !own.some((o) => o.code === s.code && o.scheme === s.scheme));
  const paragraphs = article.paragraphs.map((p, i): Paragraph => {
    const { speaker: _s, speakerConfirmed: _c, ...block } = p;
    const read = found.paragraphs[i];
    return read?.speakerConfirmed ? { ...block, speaker: read.speaker, speakerConfirmed: true } : { ...block, speaker: read?.speaker ?? null };
  });
  return {
    ...article,
    paragraphs,
    wordCount: storyWordCount(paragraphs, article.declaredWordCount),
    sources: found.sources,
    flags: found.flags,
    entities: article.edited.includes('entities') ? article.entities : found.entities,
    subjects: article.edited.includes('subjects') ? article.subjects : [...own, ...suggested],
    analysed: true,
  };
}

/** The machine's cleaned body for this set of rejected changes: the blocks cleaning makes from the original. */
export function machineBlocks(article: Article, rejected: ReadonlySet<string>, desk: DeskRules = {}): MachineBlock[] {
  const importedAt = new Date(article.importedAt);
  const draft = parseDraft(article.original);
  const cleaned = clean(draft, contextFor(draft, importedAt, desk), rejected, rulesFor(draft));
  return cleaned.copy.blocks.map((b) => ({ id: machineBlockId(b.origin), text: b.text }));
}

/**
 * Runs cleaning again with this set of rejected changes; fields in `article.edited` keep the editor's values, and
 * the editor's edits of the body are merged onto the new cleaning (body-merge.ts). Where cleaning's change and the
 * editor's edit touch the same words, the editor's words stay and the skipped change is reported in `orphaned`.
 */
export function recleanArticle(article: Article, rejected: ReadonlySet<string>, desk: DeskRules = {}, at: string = new Date().toISOString()): Article {
  const importedAt = new Date(article.importedAt);
  const draft = parseDraft(article.original);
  const cleaned = clean(draft, contextFor(draft, importedAt, desk), rejected, rulesFor(draft));
  const { fields, wire } = applyWireMeta(enrich(cleaned, importedAt), draft.meta, importedAt);
  const { paragraphs: fresh, ...meta } = fields;
  let paragraphs: readonly Paragraph[] = fresh;
  let machine: readonly MachineBlock[] | undefined;
  const orphaned: OrphanedDecision[] = [...(article.orphaned ?? [])];
  if (article.machine) {
    machine = fresh.map((p) => ({ id: p.id, text: p.text }));
    const merged = mergeBodies(article.machine, article.paragraphs, machine);
    paragraphs = merged.blocks;
    for (const c of merged.conflicts) {
      const block = merged.blocks.find((b) => b.id === c.block) ?? { id: c.block, text: c.kept };
      const start = Math.max(0, block.text.indexOf(c.kept));
      orphaned.push({
        kind: 'edit',
        anchor: anchorAt(block, start, start + c.kept.length),
        detail: `kept your words "${clip(c.kept)}"; cleaning would have made them "${clip(c.skipped)}"`,
        at,
      });
    }
  }
  const next: Article = {
    ...article,
    ...meta,
    ...liftedWireFields(cleaned.copy.extracted, wire),
    paragraphs,
    changes: cleaned.changes,
    ...(machine ? { machine } : {}),
    ...(orphaned.length > 0 ? { orphaned } : {}),
  };
  return analyseArticle(keepEdited(next, article, article.edited), desk, at);
}

function clip(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

/**
 * What cleaning lifted out of plain text into wire fields: "(Reporting by …)" contributors become authors, a
 * headline prefix the handling note (and an UPDATE/REFILE/CORRECTED one the lineage relation), a release's or
 * bulletin's header lines ("MEDIA RELEASE PR67276", "IDN38100") notes as well. What the wire format itself said
 * comes first.
 */
function liftedWireFields(extracted: Extracted, wire: Pick<WireFields, 'authors' | 'ednote' | 'lineage'>): Pick<Article, 'authors' | 'ednote' | 'lineage'> {
  const prefixes = extracted.wirePrefixes ?? [];
  // Every mark of a chain ("CORRECTED-UPDATE 2-"), as the agency wrote it: linking reads them all.
  const relation = prefixes.filter((p) => /^(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT)/u.test(p)).join('-');
  return {
    authors: withContributors(wire.authors, extracted.contributors ?? []),
    ednote: [wire.ednote, ...prefixes, ...(extracted.notes ?? [])].filter((n) => n !== '').join('; '),
    // No previous story yet: linking at import (bulk-import.ts) finds the story this updates.
    lineage: wire.lineage ?? (relation ? { previous: '', relation } : null),
  };
}

/**
 * The item's authors with the people its trailer names: a creator that is only the agency (Reuters' `<creator
 * literal="Reuters"/>`) names no writer, the source does; the trailer's reporters and editors are the story's
 * contributors, after the writers the item names itself.
 */
function withContributors(authors: readonly Author[], contributors: readonly Author[]): readonly Author[] {
  if (contributors.length === 0) return authors;
  const people = authors.filter((a) => !agencyFromRaw(a.name));
  return [...people, ...contributors.filter((c) => !people.some((p) => p.name === c.name))];
}

/** Copies the editor's hand-set fields from `from` onto `to`. */
function keepEdited(to: Article, from: Article, fields: readonly EditableField[]): Article {
  return fields.reduce<Article>((acc, f) => ({ ...acc, [f]: from[f] }), to);
}

export function rejectedIds(article: Article): Set<string> {
  return new Set(article.changes.filter((c) => !c.applied).map((c) => c.id));
}

/** Words: runs without white space holding at least one letter or digit. */
export function countWords(paragraphs: readonly Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) n += countWordsIn(p.text);
  return n;
}

/**
 * A story's word count: the one its item declared while the body is the one it came with (an agency's count is
 * the figure the desk plans with, as newsroom systems keep it), the desk's own count once the body has changed.
 */
export function storyWordCount(paragraphs: readonly Paragraph[], declared: DeclaredWordCount | undefined): number {
  return declared && declared.body === bodyChecksum(paragraphs) ? declared.words : countWords(paragraphs);
}

function wordCounts(paragraphs: readonly Paragraph[], declared: number | undefined): Pick<Article, 'wordCount' | 'declaredWordCount'> {
  if (declared === undefined) return { wordCount: countWords(paragraphs) };
  return { wordCount: declared, declaredWordCount: { words: declared, body: bodyChecksum(paragraphs) } };
}

function bodyChecksum(paragraphs: readonly Paragraph[]): string {
  return crc32(paragraphs.map((p) => p.text).join('\n')).toString(16);
}
