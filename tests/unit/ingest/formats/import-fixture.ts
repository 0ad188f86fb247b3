import { readFileSync } from 'node:fs';
import type { Article } from '../../../../electron/domain/article.js';
import { buildArticle } from '../../../../electron/desk/story-pipeline.js';
import { ingestFile } from '../../../../electron/ingest/ingest.js';

export const IMPORTED_AT = new Date('2026-11-28T10:00:00Z');

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url));
}

/** Every story the file yields, through the whole pipeline; throws with the reason when the file is refused. */
export function importBytes(name: string, bytes: Uint8Array): Article[] {
  const outcome = ingestFile({ name, bytes });
  if (!outcome.ok) throw new Error(`${name} refused: ${outcome.reason}`);
  // What the format carries, without the desk's own suggestions (those are tested under tests/unit/enrich).
  return outcome.items.map((i) => buildArticle(i.original, i.draft, IMPORTED_AT, {}, { analyse: false }));
}

export function importFixture(name: string): Article[] {
  return importBytes(name, fixture(name));
}

/** The single story of a one-story file. */
export function importOne(name: string, bytes: Uint8Array = fixture(name)): Article {
  const [article, ...rest] = importBytes(name, bytes);
  if (!article || rest.length > 0) throw new Error(`${name}: expected one story`);
  return article;
}

export function refusal(name: string, bytes: Uint8Array): string {
  const outcome = ingestFile({ name, bytes });
  if (outcome.ok) throw new Error(`${name}: expected a refusal, got ${outcome.items.length} stories`);
  return outcome.reason;
}

export function texts(a: Article): string[] {
  return a.paragraphs.map((p) => p.text);
}
