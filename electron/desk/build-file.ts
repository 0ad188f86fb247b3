/**
 * The first stage of an import, for one file: read it (detect, decode, parse) and build each of its stories
 * (clean, enrich), with the fingerprint linking will match it on. A pure function of the file and the settings, so
 * it runs on the import's own thread or in a build worker (build-pool.ts) alike.
 */
import type { Article } from '../domain/article.js';
import { errorMessage } from '../domain/errors.js';
import { withoutFileText } from '../domain/file-text.js';
import { signature, type Signature } from '../enrich/fingerprint.js';
import { readUpdateMarks } from '../enrich/lineage.js';
import { ingestFile, type IncomingFile } from '../ingest/ingest.js';
import { buildArticle, type DeskRules } from './story-pipeline.js';

export interface BuildSettings {
  /** The import's time (ISO 8601): it dates the stories and infers missing years. */
  readonly now: string;
  readonly rules: DeskRules;
  /** Run the desk's reading now (the CLI's import --json) or leave it to the story's first opening. */
  readonly analyse: boolean;
  readonly maxFileBytes: number;
}

export interface BuiltStory {
  readonly article: Article;
  readonly signature: Signature;
}

/** A file's stories (none when its bytes are known already), or why it could not be imported. */
export type FileBuild = { readonly ok: true; readonly sha256: string; readonly stories: readonly BuiltStory[] } | { readonly ok: false; readonly reason: string };

/** `known`: bytes already in the library are not built again (they are reported as a duplicate). */
export function buildFile(file: IncomingFile, settings: BuildSettings, known?: (sha256: string) => boolean): FileBuild {
  try {
    const outcome = ingestFile(file, { maxBytes: settings.maxFileBytes });
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    const sha256 = outcome.items[0]?.original.sha256 ?? '';
    if (known?.(sha256)) return { ok: true, sha256, stories: [] };
    const now = new Date(settings.now);
    // A file may carry several stories (a NewsML-G2 message, a feed): each becomes an article.
    const stories = outcome.items.map((item) => {
      // The file's text goes back once, as its bytes (file-text.ts), not once per story it carries.
      const article = withoutFileText(buildArticle(item.original, item.draft, now, settings.rules, { analyse: settings.analyse }));
      return { article, signature: storySignature(article) };
    });
    return { ok: true, sha256, stories };
  } catch (err) {
    return { ok: false, reason: `could not be read: ${errorMessage(err)}` };
  }
}

/** The headline without its update marks (UPDATE 1-, REFILE-…): those are metadata, not the story's words. */
export function unmarkedHeadline(
  article: Pick<Article, 'headline' | 'takeKey'>,
  read: ReturnType<typeof readUpdateMarks> = readUpdateMarks(article.headline, article.takeKey),
): string {
  return read.marks.length > 0 && read.headline !== '' ? read.headline : article.headline;
}

/** The fingerprint a story is matched on: its headline without update marks and its paragraphs. */
export function storySignature(article: Article): Signature {
  return signature([unmarkedHeadline(article), ...article.paragraphs.map((p) => p.text)].join('\n'));
}
