import { readFile } from 'node:fs/promises';

/** The non-empty lines of an append-only journal (index.jsonl, fingerprints.jsonl); none when it does not exist yet. */
export async function readJournalLines(path: string): Promise<string[]> {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return text.split('\n').filter((line) => line !== '');
}
