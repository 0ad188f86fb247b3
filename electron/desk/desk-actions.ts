/**
 * The editor's decisions on the desk's reading, as pure functions on an Article: each records the decision in
 * `article.decisions` (so every later re-run of cleaning keeps it) and returns the story read again.
 */
import type { Article, Paragraph } from '../domain/article.js';
import { anchorAt, attach, blockAnchor } from '../domain/anchors.js';
import { applyBodyEdit } from '../domain/body-edit.js';
import { remapMarks } from '../domain/body-merge.js';
import type { DeskSettings, RegistryEntry, SpeakerTag, TextFix } from '../domain/desk.js';
import { CopydeskError } from '../domain/errors.js';
import type { BlockInput } from '../domain/story-body.js';
import { analyseArticle, type DeskRules } from './story-pipeline.js';

export function deskRules(desk: DeskSettings): DeskRules {
  return { boilerplate: desk.boilerplate, glossary: desk.glossary };
}

/** The editor's speaker for a block (named by id, or by its index for older callers); the story is read again. */
export function setSpeaker(article: Article, block: string | number, speaker: string | null, rules: DeskRules): Article {
  const target = typeof block === 'number' ? article.paragraphs[block] : article.paragraphs.find((p) => p.id === block);
  if (!target) throw new CopydeskError('validation', typeof block === 'number' ? `No paragraph ${block} in this story` : `No block ${block} in this story`);
  const tag: SpeakerTag = { anchor: blockAnchor(target), speaker: speaker?.trim() || null };
  const speakerTags = [...article.decisions.speakerTags.filter((t) => t.anchor.block !== target.id), tag];
  return analyseArticle({ ...article, decisions: { ...article.decisions, speakerTags } }, rules);
}

/**
 * Applies a flag's suggested fix to its words in the body: an edit like the editor's own (kept through re-cleaning
 * by the merge), recorded with an anchor on the new words.
 */
export function fixFlag(article: Article, flagId: string, rules: DeskRules): Article {
  const flag = article.flags.find((f) => f.id === flagId);
  if (!flag) throw new CopydeskError('not-found', `No flag ${flagId} on this story`);
  if (flag.suggestion === null) throw new CopydeskError('validation', 'This flag has no suggested fix: edit the text or dismiss the flag');
  const found = attach(flag.anchor, article.paragraphs);
  const block = found ? article.paragraphs[found.index] : undefined;
  if (!found || !block) throw new CopydeskError('conflict', `The words "${flag.text}" are no longer in the story: read it again`);
  const { start } = found.anchor;
  const end = start + flag.text.length;
  const text = block.text.slice(0, start) + flag.suggestion + block.text.slice(end);
  const marks = remapMarks(block.marks ?? [], block.text, text);
  const edited = applyBodyEdit(article, {
    blocks: article.paragraphs.map((p) => (p === block ? { ...toInput(p), text, marks } : toInput(p))),
  });
  const after = edited.paragraphs[found.index] ?? { id: block.id, text };
  const fix: TextFix = { find: flag.text, replace: flag.suggestion, anchor: anchorAt(after, start, start + flag.suggestion.length) };
  return analyseArticle({ ...edited, decisions: { ...edited.decisions, fixes: [...edited.decisions.fixes, fix] } }, rules);
}

export function dismissFlag(article: Article, flagId: string, rules: DeskRules): Article {
  const flag = article.flags.find((f) => f.id === flagId);
  if (!flag) throw new CopydeskError('not-found', `No flag ${flagId} on this story`);
  const dismissedFlags = [...new Set([...article.decisions.dismissedFlags, flagId])];
  const dismissals = [...(article.decisions.dismissals ?? []).filter((d) => d.flagId !== flagId), { flagId, anchor: flag.anchor }];
  return analyseArticle({ ...article, decisions: { ...article.decisions, dismissedFlags, dismissals } }, rules);
}

/** A stored block in the shape the editor sends. */
export function toInput(p: Paragraph): BlockInput {
  return { id: p.id, type: p.type ?? 'paragraph', text: p.text, ...(p.marks ? { marks: p.marks } : {}) };
}

/** The registry after a story: every person and organisation source is remembered, with its role when known. */
export function rememberSources(desk: DeskSettings, article: Article): DeskSettings {
  return rememberSourcesOf(desk, [article]);
}

/**
 * The same for a whole batch: the registry is copied once and looked up by name, so a batch costs its own
 * sources, not (its stories × the registry's length) as a copy and a linear search per story did.
 */
export function rememberSourcesOf(desk: DeskSettings, articles: readonly Article[]): DeskSettings {
  const registry = [...desk.registry];
  const indexOf = new Map<string, number>();
  registry.forEach((r, i) => {
    if (!indexOf.has(r.name)) indexOf.set(r.name, i);
  });
  let changed = false;
  for (const article of articles) for (const source of article.sources) {
    if (source.kind === 'unnamed' || source.paragraphs.length === 0) continue;
    const person = article.entities.people.find((p) => p.name === source.name);
    const at = indexOf.get(source.name) ?? -1;
    const known = registry[at];
    if (known) {
      registry[at] = {
        ...known,
        stories: known.stories + 1,
        role: known.role ?? person?.role ?? null,
        organisation: known.organisation ?? person?.organisation ?? null,
      };
    } else {
      const entry: RegistryEntry = {
        name: source.name,
        kind: source.kind,
        role: person?.role ?? null,
        organisation: person?.organisation ?? null,
        note: '',
        stories: 1,
      };
      indexOf.set(entry.name, registry.length);
      registry.push(entry);
    }
    changed = true;
  }
  return changed ? { ...desk, registry } : desk;
}
