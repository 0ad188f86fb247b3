/**
 * Reading a story back from disk, checked: its own file, or its line in a pack. A damaged copy is an error naming
 * the file and the story (and the byte, in a pack), never a bare parser message.
 */
import { open, readFile } from 'node:fs/promises';
import type { Article } from '../domain/article.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import type { PackSlice } from './article-index.js';
import { decodeCheckedLine } from './journal-lines.js';
import type { PackLine } from './library-recovery.js';

/** What every reader of a story relies on: a story file without these is damaged, and said to be. */
const STORY_FIELDS: readonly (readonly [keyof Article, 'string' | 'object' | 'array'])[] = [
  ['headline', 'string'], ['status', 'string'], ['updatedAt', 'string'], ['source', 'object'], ['dateline', 'object'],
  ['original', 'object'], ['paragraphs', 'array'], ['changes', 'array'], ['exports', 'array'],
];

/** A story's own file (articles/<2 hex>/<id>.json), with the fields every reader relies on. */
export async function readStoryFileAt(path: string, id: string): Promise<Article> {
  try {
    const article = JSON.parse(await readFile(path, 'utf8')) as Article | null;
    if (typeof article !== 'object' || article === null || article.id !== id || !Number.isInteger(article.revision)) {
      throw new Error('it does not hold this story');
    }
    const lacking = STORY_FIELDS.filter(([field, kind]) => (kind === 'array' ? !Array.isArray(article[field]) : typeof article[field] !== kind || article[field] === null));
    if (lacking.length > 0) throw new Error(`it lacks ${lacking.map(([f]) => f).join(', ')}`);
    return article;
  } catch (err) {
    throw new CopydeskError('io', `${path}: the story file of ${id} cannot be read: ${errorMessage(err)}`);
  }
}

/** The story `id` from its line in a pack, checked by the line's CRC. */
export async function readPackLine(path: string, slice: PackSlice, id: string): Promise<Article> {
  const raw = (await readSlice(path, slice)).toString('utf8').replace(/\n$/u, '');
  const line = decodeCheckedLine(raw);
  try {
    if (!line.ok) throw new Error(line.reason);
    const { article } = JSON.parse(line.json) as PackLine;
    if (article?.id !== id) throw new Error(`the line holds another story (${String(article?.id)})`);
    return article;
  } catch (err) {
    throw new CopydeskError('io', `${path}: story ${id} at byte ${slice.offset} cannot be read: ${errorMessage(err)}`);
  }
}

export async function readSlice(path: string, slice: PackSlice): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(slice.length);
    const { bytesRead } = await handle.read(buffer, 0, slice.length, slice.offset);
    if (bytesRead !== slice.length) throw new CopydeskError('io', `${path} is shorter than the index says: the library may be damaged`);
    return buffer;
  } finally {
    await handle.close();
  }
}
