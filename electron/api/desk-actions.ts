/**
 * The editor's decisions on the desk's reading, as pure functions on an Article: each records the decision in
 * `article.decisions` (so every later re-run of cleaning keeps it) and returns the story read again.
 */
import type { Article } from '../domain/article.js';
import type { DeskSettings, RegistryEntry } from '../domain/desk.js';
import { CopydeskError } from '../domain/errors.js';
import { analyseArticle, recleanArticle, rejectedIds, type DeskRules } from './story-pipeline.js';

export function deskRules(desk: DeskSettings): DeskRules {
  return { boilerplate: desk.boilerplate, glossary: desk.glossary };
}

export function setSpeaker(article: Article, paragraph: number, speaker: string | null, rules: DeskRules): Article {
  if (paragraph >= article.paragraphs.length) throw new CopydeskError('validation', `No paragraph ${paragraph} in this story`);
  const speakerTags = [...article.decisions.speakerTags.filter((t) => t.paragraph !== paragraph), { paragraph, speaker: speaker?.trim() || null }];
  return analyseArticle({ ...article, decisions: { ...article.decisions, speakerTags } }, rules);
}

export function fixFlag(article: Article, flagId: string, rules: DeskRules): Article {
  const flag = article.flags.find((f) => f.id === flagId);
  if (!flag) throw new CopydeskError('not-found', `No flag ${flagId} on this story`);
  if (flag.suggestion === null) throw new CopydeskError('validation', 'This flag has no suggested fix: edit the text or dismiss the flag');
  const fix = { paragraph: flag.paragraph, find: flag.text, replace: flag.suggestion };
  // Fixes apply to the cleaned text, so the story is read again from the original with every fix in order.
  return recleanArticle({ ...article, decisions: { ...article.decisions, fixes: [...article.decisions.fixes, fix] } }, rejectedIds(article), rules);
}

export function dismissFlag(article: Article, flagId: string, rules: DeskRules): Article {
  if (!article.flags.some((f) => f.id === flagId)) throw new CopydeskError('not-found', `No flag ${flagId} on this story`);
  const dismissedFlags = [...new Set([...article.decisions.dismissedFlags, flagId])];
  return analyseArticle({ ...article, decisions: { ...article.decisions, dismissedFlags } }, rules);
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
