/** One damaged story never aborts an export batch: it fails with its name and reason, the rest go, in every format. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskService } from '../../../electron/desk/service.js';
import { EXPORT_FORMATS } from '../../../electron/domain/export-format.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();

describe('an export batch with a damaged story', () => {
  it.each(EXPORT_FORMATS)('%s: the damaged stories fail by name, the others are written and recorded', async (format) => {
    const dir = await tempDir();
    const api = new CopydeskService(await ArticleStore.open(dir));
    const copy = (headline: string) => Buffer.from(`${headline}\n\nSALALAH, March 4 (CWA) - Body text of the story.\n`).toString('base64');
    const report = await api.importFiles({
      files: ['Port reopens', 'Crane breaks down', 'Ships dock', 'Tugs idle', 'Pilots strike'].map((h, i) => ({ name: `${i}.txt`, base64: copy(h) })),
    });
    const ids = report.articles.map((a) => a.id);
    const [good1, hollow, good2, garbled, broken] = ids.map((id) => id ?? '');
    const file = (id: string) => join(dir, 'articles', id.slice(0, 2), `${id}.json`);
    // Saved once, each has its own file (opening never writes); then one that parses but lost its fields, one that
    // no longer parses.
    for (const a of report.articles) await api.saveArticle({ id: a.id, revision: a.revision, patch: { keywords: ['port'] } });
    await writeFile(file(hollow ?? ''), JSON.stringify({ id: hollow, revision: 3, headline: 'Crane breaks down' }));
    await writeFile(file(garbled ?? ''), '{"id": "tr');
    // And one whose fields are there but not what the renderer expects.
    const whole = JSON.parse(await readFile(file(broken ?? ''), 'utf8')) as Record<string, unknown>;
    await writeFile(file(broken ?? ''), JSON.stringify({ ...whole, paragraphs: [null] }));

    const done = await api.exportTo({ ids, format }, await tempDir());
    expect(done.files.flatMap((f) => f.articleIds).sort()).toEqual([good1, good2].sort());
    const reasons = new Map(done.errors.map((e) => [e.articleId, e.reason]));
    expect([...reasons.keys()].sort()).toEqual([hollow, garbled, broken].sort());
    expect(reasons.get(hollow ?? '')).toContain(`${file(hollow ?? '')}: the story file of ${hollow} cannot be read: it lacks status, updatedAt, source, dateline, original, paragraphs, changes, exports`);
    expect(reasons.get(garbled ?? '')).toContain(file(garbled ?? ''));
    expect(reasons.get(broken ?? '')).toMatch(/^"Pilots strike" could not be exported \(its stored copy may be damaged\): /);
    expect((await api.getArticle({ id: good1 ?? '' })).status).toBe('exported');
  });
});
