/**
 * The editor's entity edits, pinned to the words they are about. When the editor corrects the entities (a name,
 * a role, a place's country), each entity is anchored to its first mention in the body: block id plus quote, as
 * every other decision is (anchors.ts). After an edit, a re-run of cleaning or a revert, each mention is attached
 * again; one whose words are gone is looked for again by the entity's name (the same words, elsewhere in the
 * story); an entity whose name is no longer anywhere in the body is reported orphaned. The editor's entity list
 * itself is never changed by this: what they set stays, and they are told what no longer has words behind it.
 */
import { anchorAt, attach, indexById, type AnchoredText } from './anchors.js';
import type { Entities, EntityMention } from './desk.js';
import type { OrphanedDecision } from './story-body.js';

type Kind = EntityMention['kind'];

const KIND_WORD: Record<Kind, string> = { people: 'person', organisations: 'organisation', places: 'place' };

function named(entities: Entities): { kind: Kind; name: string }[] {
  return [
    ...entities.people.map((e) => ({ kind: 'people' as const, name: e.name })),
    ...entities.organisations.map((e) => ({ kind: 'organisations' as const, name: e.name })),
    ...entities.places.map((e) => ({ kind: 'places' as const, name: e.name })),
  ].filter((e) => e.name.trim() !== '');
}

/** The first mention of `name` in the body, as whole words, or null. */
function firstMention(name: string, blocks: readonly AnchoredText[]): EntityMention['anchor'] | null {
  const words = new RegExp(`(?<![\\p{L}\\p{N}])${name.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  for (const block of blocks) {
    const m = words.exec(block.text);
    if (m) return anchorAt(block, m.index, m.index + m[0].length);
  }
  return null;
}

/** Anchors each named entity the editor set to its first mention; entities the copy never names get none. */
export function anchorEntities(entities: Entities, blocks: readonly AnchoredText[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const { kind, name } of named(entities)) {
    const anchor = firstMention(name, blocks);
    if (anchor) out.push({ kind, name, anchor });
  }
  return out;
}

export interface ReattachedMentions {
  readonly mentions: EntityMention[];
  readonly orphaned: OrphanedDecision[];
}

/**
 * Attaches each mention again. Its own words first (anchors.ts); else the entity's name elsewhere in the body;
 * else it is orphaned. Mentions of entities the editor has since removed are dropped with them.
 */
export function reattachMentions(mentions: readonly EntityMention[], entities: Entities, blocks: readonly AnchoredText[], at: string): ReattachedMentions {
  const byId = indexById(blocks);
  const listed = new Set(named(entities).map((e) => `${e.kind}\u0000${e.name}`));
  const kept: EntityMention[] = [];
  const orphaned: OrphanedDecision[] = [];
  for (const m of mentions) {
    if (!listed.has(`${m.kind}\u0000${m.name}`)) continue;
    const found = attach(m.anchor, blocks, byId)?.anchor ?? firstMention(m.name, blocks);
    if (found) kept.push({ ...m, anchor: found });
    else orphaned.push({ kind: 'entity', anchor: m.anchor, detail: `${KIND_WORD[m.kind]}: ${m.name} is no longer named in the text`, at });
  }
  return { mentions: kept, orphaned };
}
