/**
 * What a build worker makes beside the story for linking: the fingerprint and the textKey (a story without a guid
 * or update marks, known again in other bytes). Linking uses the worker's key as it would its own.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildFile, storyTextKeyOf, type FileBuild } from '../../../electron/desk/build-file.js';
import { linkStory } from '../../../electron/desk/bulk-import.js';
import { FingerprintIndex } from '../../../electron/store/fingerprint-index.js';
import { useTempDirs } from '../helpers.js';
import { ninjs } from './wire-corpus.js';

const tempDir = useTempDirs();
const settings = { now: '2026-11-28T12:00:00Z', rules: {}, analyse: false, maxFileBytes: 1 << 20 };
const copy = 'Ferry back in service\n\nSKARHOLM, March 1 (CDT) - The ferry between Skarholm and Veddø runs again from Monday.\n\nThe operator said timetables would be posted.\n';

function stories(build: FileBuild) {
  if (!build.ok) throw new Error(build.reason);
  return build.stories;
}

describe('the keys a build makes for linking', () => {
  it('gives a story without a guid its textKey, the same for the same words in other bytes; none to a guid or an update', () => {
    const [plain] = stories(buildFile({ name: 'ferry.txt', bytes: Buffer.from(copy) }, settings));
    const [again] = stories(buildFile({ name: 'ferry-crlf.txt', bytes: Buffer.from(`${copy.replaceAll('\n', '\r\n')}\n\n`) }, settings));
    expect(plain?.textKey).toMatch(/^[\w-]{22}$/u);
    expect(again?.textKey).toBe(plain?.textKey);
    expect(plain?.textKey).toBe(storyTextKeyOf(plain?.article ?? ({} as never)));
    const [update] = stories(buildFile({ name: 'ferry-update.txt', bytes: Buffer.from(`UPDATE 1-${copy}`) }, settings));
    expect(update?.textKey).toBeNull();
    const [withGuid] = stories(buildFile(ninjs('ferry.json', { guid: 'urn:x:ferry', version: 1, headline: 'Ferry back', paragraphs: ['The ferry runs again.'], at: '2026-03-01T08:00:00Z' }), settings));
    expect(withGuid?.textKey).toBeNull();
  });

  it('keeps the key libraries already store: source, headline and paragraphs, whitespace collapsed, hashed part by part', () => {
    const [plain] = stories(buildFile({ name: 'ferry.txt', bytes: Buffer.from(copy) }, settings));
    const article = plain?.article;
    if (!article) throw new Error('no story');
    // The definition the stored keys were made by: each part hashed in turn after a NUL, its whitespace collapsed.
    const stored = (a: typeof article): string => {
      const hash = createHash('sha256').update((a.source.code ?? a.source.name).toLowerCase()).update('\u0000').update(a.headline.replace(/\s+/gu, ' ').trim());
      for (const p of a.paragraphs) hash.update('\u0000').update(p.text.replace(/\s+/gu, ' ').trim());
      return hash.digest('base64url').slice(0, 22);
    };
    expect(storyTextKeyOf(article)).toBe(stored(article));
    // Whitespace of every kind a story can still hold (a paragraph edited in, a headline from a feed).
    for (const odd of ['  leading', 'trailing ', 'two  spaces', 'a\ttab', 'no\u00a0break', 'thin\u2009space', 'line\nbreak', ' ', 'Veddø  ferry\u3000runs']) {
      const edited = { ...article, headline: `Ferry ${odd}`, paragraphs: article.paragraphs.map((p, i) => (i === 0 ? { ...p, text: odd } : p)) };
      expect(storyTextKeyOf(edited), JSON.stringify(odd)).toBe(stored(edited));
    }
  });

  it("links on the build's key: the same story in other bytes is a duplicate of the one indexed", async () => {
    const index = await FingerprintIndex.load(`${await tempDir()}/fingerprints.jsonl`);
    const [first] = stories(buildFile({ name: 'a.txt', bytes: Buffer.from(copy) }, settings));
    const [second] = stories(buildFile({ name: 'b.txt', bytes: Buffer.from(`${copy}\n`) }, settings));
    if (!first || !second) throw new Error('two stories expected');
    expect(linkStory(first.article, index, first.signature, { textKey: first.textKey ?? null }).kind).toBe('stored');
    expect(linkStory(second.article, index, second.signature, { textKey: second.textKey ?? null })).toMatchObject({ kind: 'duplicate', of: first.article.id });
  });
});
