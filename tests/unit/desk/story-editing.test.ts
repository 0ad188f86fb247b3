/**
 * The editor's path on the seed, through the service as the renderer calls it: edit the body (a typo, a split, a
 * merge, a subhead, italics), confirm a speaker, undo cleaning changes, re-run cleaning, then history, compare,
 * revert and export. Expectations are written from the seed's text (seeds/irna-…txt), not from output.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/api/contract.js';
import { toInput } from '../../../electron/desk/desk-actions.js';
import { CopydeskService } from '../../../electron/desk/service.js';
import type { Article } from '../../../electron/domain/article.js';
import type { BlockInput } from '../../../electron/domain/story-body.js';
import { ArticleStore } from '../../../electron/store/article-store.js';
import { SEED_PATH, useTempDirs } from '../helpers.js';

const tempDir = useTempDirs();
const NOW = new Date('2026-11-28T12:00:00Z');

async function seeded() {
  const api = new CopydeskService(await ArticleStore.open(await tempDir()), { now: () => NOW });
  await api.setDeskUser({ name: 'Mina Karimi' });
  const report = await api.importFiles({ files: [{ name: 'seed.txt', base64: (await readFile(SEED_PATH)).toString('base64') }] });
  const id = report.articles[0]?.id ?? '';
  return { api, id };
}

const text = (a: Article, id: string) => a.paragraphs.find((p) => p.id === id)?.text;

/** The edits of the acceptance scenario, made on the body as the editor's blocks. */
function edited(a: Article): BlockInput[] {
  const blocks = a.paragraphs.map(toInput);
  const out: BlockInput[] = [];
  for (const b of blocks) {
    // The typo is in the paragraph the subhead goes above.
    if (b.text.includes("regional counties' conspiracies")) {
      out.push({ id: 'b-subhead00001', type: 'subhead', text: 'Al-Quds and the region' }, { ...b, text: b.text.replace("counties'", "countries'") });
    }
    else if (b.text.startsWith('Close military')) {
      const cut = b.text.indexOf(' is an inevitable');
      out.push({ ...b, text: b.text.slice(0, cut) }, { id: 'b-splitsecond1', type: 'paragraph', text: b.text.slice(cut + 1) });
    } else if (b.text.startsWith('While the US officials')) {
      const merged = out.pop();
      if (!merged) throw new Error('no block before the one merged');
      const joined = `${merged.text} ${b.text}`;
      const at = joined.indexOf('Daesh');
      out.push({ ...merged, text: joined, marks: [{ type: 'italic', start: at, end: at + 'Daesh'.length }] });
    } else out.push(b);
  }
  return out;
}

describe('editing a story (service)', () => {
  it('keeps edits and a confirmed speaker on their words through undo, re-cleaning, history, revert and export', async () => {
    const { api, id } = await seeded();
    const opened = await api.getArticle({ id });
    // No write on read: opening leaves the revision and the inbox's order alone.
    expect(opened.revision).toBe(1);
    expect((await api.listArticles({}))[0]?.updatedAt).toBe(opened.updatedAt);
    const third = opened.paragraphs[2];
    expect(third?.text).toMatch(/^During the meeting, Shamkhani praised/);

    const saved = await api.saveBody({ id, revision: 1, blocks: edited(opened) });
    if (!saved.saved) throw new Error(saved.conflict.message);
    const spoken = await api.setSpeaker({ id, revision: saved.article.revision, block: third?.id ?? '', speaker: 'Ali Shamkhani' });
    const footer = spoken.changes.find((c) => c.rule === 'publisher-footer');
    const dateline = spoken.changes.find((c) => c.rule === 'dateline');
    if (!footer || !dateline) throw new Error('the seed has a footer and a dateline change');
    const undoneFooter = await api.undoChange({ id, revision: spoken.revision, changeId: footer.id });
    const undone = await api.undoChange({ id, revision: undoneFooter.revision, changeId: dateline.id });
    const recleaned = await api.recleanStory({ id, revision: undone.revision });

    for (const a of [undone, recleaned]) {
      const body = a.paragraphs.map((p) => p.text).join('\n');
      expect(body).toContain("regional countries' conspiracies");
      expect(body).not.toContain("counties'");
      expect(text(a, 'b-splitsecond1')).toBe('is an inevitable necessity, he added.');
      expect(a.paragraphs.find((p) => p.id === 'b-subhead00001')).toMatchObject({ type: 'subhead', text: 'Al-Quds and the region' });
      const merged = a.paragraphs.find((p) => p.text.includes('from Daesh needs seven years'));
      const italic = merged?.marks?.[0];
      expect(merged?.text.slice(italic?.start, italic?.end)).toBe('Daesh');
      expect(merged?.text).toMatch(/^Shamkhani said that cooperation .* he noted\.$/u);
      // The confirmation stays on the third paragraph's words, not on whatever is third now.
      const tagged = a.paragraphs.find((p) => p.speakerConfirmed);
      expect(tagged).toMatchObject({ id: third?.id, speaker: 'Ali Shamkhani' });
      expect(tagged?.text).toMatch(/^During the meeting, Shamkhani praised/);
      // The undone changes are back, and only they: the dateline line at the lead, the footer at the foot.
      expect(a.paragraphs[0]?.text).toMatch(/^Tehran, July 23, - Secretary of the Supreme National Security Council/);
      expect(a.paragraphs.at(-1)?.text).toMatch(/^The iran News Gazette is mainly concerned/);
      expect(a.headline).toBe('Iran cautions Iraq on secessionist approaches');
      expect(a.source.code).toBe('IRNA');
      expect(a.orphaned ?? []).toEqual([]);
    }

    const history = await api.listRevisions({ id });
    expect(history.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(history[0]).toMatchObject({ summary: 'Imported', author: '' });
    expect(history[1]).toMatchObject({ author: 'Mina Karimi' });
    expect(history[1]?.summary).toMatch(/^Edited ¶/u);
    expect(history.map((r) => r.summary).slice(2)).toEqual([
      'Speaker: Ali Shamkhani', 'Undid cleaning change publisher-footer', 'Undid cleaning change dateline', 'Cleaning run again',
    ]);
    const diff = await api.compareRevisions({ id, from: 1, to: 6 });
    const parts = diff.blocks.flatMap((b) => b.parts);
    expect(parts).toContainEqual({ kind: 'deleted', text: 'counties' });
    expect(parts).toContainEqual({ kind: 'inserted', text: 'countries' });
    expect(diff.blocks.find((b) => b.id === 'b-subhead00001')).toMatchObject({ status: 'inserted', type: 'subhead' });
    expect((await api.getRevision({ id, number: 1 })).paragraphs.map((p) => p.text).join(' ')).toContain("counties'");

    const [ninjs, html] = [await api.exportArticles({ ids: [id], format: 'ninjs' }), await api.exportArticles({ ids: [id], format: 'html' })];
    expect(ninjs.files[0]?.content).toContain("regional countries' conspiracies");
    const body = (JSON.parse(ninjs.files[0]?.content ?? '{}') as { bodies?: { value: string }[] }).bodies?.[0]?.value ?? '';
    expect(body).toContain('<h2>Al-Quds and the region</h2>');
    expect(body).toContain('<em>Daesh</em>');
    expect(html.files[0]?.content).toContain("<p>is an inevitable necessity, he added.</p>");
    expect(html.files[0]?.content).toContain('<em>Daesh</em>');

    const latest = await api.getArticle({ id });
    const reverted = await api.revertStory({ id, revision: latest.revision, to: 1 });
    expect(reverted.revision).toBe(latest.revision + 1);
    expect(reverted.paragraphs.map((p) => p.text).join(' ')).toContain("counties'");
    expect(reverted.exports).toHaveLength(2);
    expect((await api.listRevisions({ id })).at(-1)).toMatchObject({ summary: 'Reverted to revision 1', author: 'Mina Karimi' });
  });

  it('answers a save on a stale revision with both versions, and stores neither over the other', async () => {
    const { api, id } = await seeded();
    const a = await api.getArticle({ id });
    const first = await api.saveBody({ id, revision: 1, headline: 'First window' });
    expect(first.saved).toBe(true);
    const second = await api.saveBody({ id, revision: 1, headline: 'Second window', blocks: a.paragraphs.map(toInput) });
    if (second.saved) throw new Error('a stale save was stored');
    expect(second.conflict.theirs).toMatchObject({ headline: 'First window', revision: 2 });
    expect(second.conflict.yours.headline).toBe('Second window');
    expect(second.conflict.message).toMatch(/changed elsewhere \(revision 2, you edited revision 1\)/u);
    expect((await api.getArticle({ id })).headline).toBe('First window');
  });

  it('refuses unknown or repeated block ids, other block types and marks, and links that are not http(s) or mailto', async () => {
    const { api, id } = await seeded();
    const a = await api.getArticle({ id });
    const blocks = a.paragraphs.map(toInput);
    await expect(api.saveBody({ id, revision: 1, blocks: [...blocks, { id: 'p999', type: 'paragraph', text: 'x' }] })).rejects.toThrow(/no block p999/u);
    await expect(api.saveBody({ id, revision: 1, blocks: [...blocks, blocks[0] as BlockInput] })).rejects.toThrow(/appears twice/u);
    const call = (block: unknown) => () => parseArgs('saveBody', { id, revision: 1, blocks: [block] });
    expect(call({ id: 'p2', type: 'table', text: 'x' })).toThrow(/saveBody.blocks\[0\].type: expected one of paragraph/u);
    expect(call({ id: 'p2', type: 'paragraph', text: 'xy', marks: [{ type: 'underline', start: 0, end: 1 }] })).toThrow(/marks\[0\].type/u);
    expect(call({ id: 'p2', type: 'paragraph', text: 'xy', marks: [{ type: 'link', start: 0, end: 1, href: 'javascript:alert(1)' }] })).toThrow(/http\(s\) or mailto/u);
    expect(call({ id: 'p2', type: 'paragraph', text: 'xy', marks: [{ type: 'bold', start: 0, end: 5 }] })).toThrow(/past the block/u);
    expect(call({ id: 'p2', type: 'paragraph', text: 'x'.repeat(100_001) })).toThrow(/at most 100000 characters/u);
    expect(() => parseArgs('saveBody', { id, revision: 1, blocks: Array.from({ length: 20_001 }, (_, i) => ({ id: `p${i}`, type: 'paragraph', text: '' })) })).toThrow(/at most 20000 items/u);
    // Nothing was stored by any of them.
    expect((await api.getArticle({ id })).revision).toBe(1);
  });

  it('exports links and bold as escaped, sanitised markup', async () => {
    const { api, id } = await seeded();
    const a = await api.getArticle({ id });
    const [first, ...rest] = a.paragraphs.map(toInput);
    const lead = { ...(first as BlockInput), text: 'Read <this> & "that" at IRNA.', marks: [{ type: 'link' as const, start: 24, end: 28, href: 'https://irna.ir/?a=1&b="2"' }, { type: 'bold' as const, start: 5, end: 11 }] };
    const saved = await api.saveBody({ id, revision: 1, blocks: [lead, { id: 'b-listitem0001', type: 'bullet', text: 'one' }, { id: 'b-listitem0002', type: 'bullet', text: 'two' }, ...rest] });
    expect(saved.saved).toBe(true);
    const html = (await api.exportArticles({ ids: [id], format: 'html' })).files[0]?.content ?? '';
    expect(html).toContain('Read <strong>&lt;this&gt;</strong> &amp; "that" at <a href="https://irna.ir/?a=1&amp;b=&quot;2&quot;">IRNA</a>.');
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('undoing the headline change keeps the dateline and the source, and changes only the headline line', async () => {
    const { api, id } = await seeded();
    const a = await api.getArticle({ id });
    const undone = await api.undoChange({ id, revision: a.revision, changeId: 'headline@1' });
    expect(undone.paragraphs[0]).toMatchObject({ id: 'p1', text: 'Iran cautions Iraq on secessionist approaches' });
    expect(undone.paragraphs.slice(1).map((p) => [p.id, p.text])).toEqual(a.paragraphs.map((p) => [p.id, p.text]));
    expect(undone.dateline).toEqual(a.dateline);
    expect(undone.source).toEqual(a.source);
    expect(undone.changes.map((c) => [c.id, c.applied])).toEqual(a.changes.map((c) => [c.id, c.id !== 'headline@1']));
    const redone = await api.redoChange({ id, revision: undone.revision, changeId: 'headline@1' });
    expect(redone.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    expect(redone.headline).toBe(a.headline);
  });

  it('refuses to save an empty headline typed in the editor, and stores nothing', async () => {
    const { api, id } = await seeded();
    const opened = await api.getArticle({ id });
    await expect(api.saveBody({ id, revision: opened.revision, headline: '   ' })).rejects.toThrow('A story needs a headline');
    const after = await api.getArticle({ id });
    expect(after.revision).toBe(opened.revision);
    expect(after.headline).toBe(opened.headline);
  });
});
