/**
 * Publishing to a real WordPress (Debian's, started by scripts/test-site/wordpress.sh): the seed goes out through
 * the API the app uses; what WordPress's own REST API returns and the public page it serves are checked; a
 * republish after an edit updates the same post; an embargoed story becomes a scheduled post.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { callApi, expect, REPO_ROOT, SEED_STORY, type Desk } from './fixtures.js';
import { wordpressTest as test } from './wordpress-site.js';


interface Story {
  id: string;
  revision: number;
  headline: string;
  dateline: { text: string; place: string; date: string | null; yearInferred: boolean; agency: string | null };
  flags: { id: string }[];
}
interface WpPost {
  id: number;
  status: string;
  link: string;
  date_gmt: string;
  modified_gmt: string;
  title: { raw: string; rendered: string };
  content: { raw: string; rendered: string };
  excerpt: { raw: string };
  categories: number[];
  tags: number[];
}


/**
 * Imports a file and does what the editor does before it goes: confirm the year, file it under a topic, tag it,
 * and dismiss the open flags (the shipped presets block on them).
 */
async function readyStory(desk: Desk, request: APIRequestContext, path: string, extra: Record<string, unknown> = {}): Promise<Story> {
  const report = await callApi<{ articles: Story[] }>(desk, request, 'importFiles', {
    files: [{ name: path.split('/').pop(), base64: (await readFile(path)).toString('base64') }],
  });
  const imported = report.articles[0] as Story;
  const opened = await callApi<Story>(desk, request, 'getArticle', { id: imported.id });
  const [politics] = await callApi<{ code: string; name: string }[]>(desk, request, 'searchMediaTopics', { query: 'politics' });
  expect(politics?.name).toBe('politics');
  let saved = await callApi<Story>(desk, request, 'saveArticle', {
    id: opened.id,
    revision: opened.revision,
    patch: {
      dateline: { ...opened.dateline, yearInferred: false },
      subjects: [{ code: politics?.code, scheme: 'medtop', name: politics?.name }],
      keywords: ['Iraq', 'security & defence'],
      ...extra,
    },
  });
  for (const flag of opened.flags) saved = await callApi<Story>(desk, request, 'dismissFlag', { id: opened.id, revision: saved.revision, flagId: flag.id });
  return saved;
}

test('the seed is published to WordPress, republished as the same post after an edit, and an embargo schedules it', async ({ desk, request, site }) => {
  await callApi(desk, request, 'savePublishPassword', { siteUrl: site.url, user: site.user, password: site.appPassword });
  const target = { wordpress: { siteUrl: site.url, user: site.user }, postStatus: 'publish' };
  const seed = await readyStory(desk, request, SEED_STORY);

  // The preview lists the exact payload; nothing is sent yet.
  const preview = await callApi<{ canGo: number; total: number; stories: { fields: { target: string; value: string }[] }[] }>(
    desk, request, 'previewPublish', { ids: [seed.id], ...target },
  );
  expect(`${preview.canGo} of ${preview.total}`).toBe('1 of 1');
  const fields = Object.fromEntries((preview.stories[0]?.fields ?? []).map((f) => [f.target, f.value]));
  expect(fields.title).toBe('Iran cautions Iraq on secessionist approaches');
  expect(fields['categories (by name)']).toBe('politics');
  expect(fields['tags (by name)']).toBe('Iraq; security & defence');
  const before = await site.rest<WpPost[]>('/posts?status=publish,draft,future&per_page=100');

  const first = await callApi<{ results: { state: string; url: string; remoteId: number }[] }>(desk, request, 'publishStories', { ids: [seed.id], ...target });
  expect(first.results).toHaveLength(1);
  expect(first.results[0]?.state).toBe('published');
  const postId = first.results[0]?.remoteId ?? 0;

  // What WordPress itself now holds.
  const post = await site.rest<WpPost>(`/posts/${postId}?context=edit`);
  expect(post.status).toBe('publish');
  expect(post.title.raw).toBe('Iran cautions Iraq on secessionist approaches');
  expect(post.content.raw).toContain('<span class="dateline">TEHRAN, July 23 (IRNA) —</span> Secretary of the Supreme National Security Council');
  expect(post.content.raw).toContain('<p class="credit">Source: Islamic Republic News Agency</p>');
  expect(post.excerpt.raw).toMatch(/^Secretary of the Supreme National Security Council Ali Shamkhani cautioned Iraq/);
  const categories = await site.rest<{ name: string }[]>(`/categories?include=${post.categories.join(',')}`);
  expect(categories.map((c) => c.name)).toEqual(['politics']);
  const tags = await site.rest<{ name: string }[]>(`/tags?include=${post.tags.join(',')}&orderby=include`);
  expect(tags.map((t) => t.name).sort()).toEqual(['Iraq', 'security &amp; defence']);

  // The public page WordPress serves.
  const page = await (await fetch(post.link)).text();
  expect(page).toMatch(/<h1[^>]*wp-block-post-title[^>]*>Iran cautions Iraq on secessionist approaches<\/h1>/);
  expect(page).toContain('TEHRAN, July 23 (IRNA) —');
  expect(page).toContain('Source: Islamic Republic News Agency');

  // An edit, then a republish: the same post, updated; no second post.
  const current = await callApi<Story>(desk, request, 'getArticle', { id: seed.id });
  await callApi(desk, request, 'saveArticle', { id: seed.id, revision: current.revision, patch: { headline: 'Iran warns Iraq over secession & "unrest"' } });
  const again = await callApi<{ results: { state: string; remoteId: number }[] }>(desk, request, 'publishStories', { ids: [seed.id], ...target });
  expect(again.results[0]?.remoteId).toBe(postId);
  const updated = await site.rest<WpPost>(`/posts/${postId}?context=edit`);
  // The WordPress preset's house style: typographic quotes; the ampersand escaped, as WordPress prints titles as HTML.
  expect(updated.title.raw).toBe('Iran warns Iraq over secession &amp; “unrest”');
  expect(updated.title.rendered).toContain('Iran warns Iraq over secession &amp;');
  const after = await site.rest<WpPost[]>('/posts?status=publish,draft,future&per_page=100');
  expect(after.length).toBe(before.length + 1);
  const status = await callApi<{ state: string; url: string }[]>(desk, request, 'publishStatus', { ids: [seed.id] });
  expect(status.map((s) => s.state)).toEqual(['published']);
  expect(status[0]?.url).toBe(updated.link);

  // An embargo: the post is scheduled for the embargo's time, WordPress holds it back.
  const embargo = '2099-01-01T09:30:00.000Z';
  const bell = await readyStory(desk, request, join(REPO_ROOT, 'tests', 'fixtures', 'wire', 'afp-paris-bell-tower.txt'), { embargo });
  const scheduled = await callApi<{ results: { state: string; remoteId: number }[]; blocked: unknown[] }>(desk, request, 'publishStories', { ids: [bell.id], ...target });
  expect(scheduled.blocked).toEqual([]);
  expect(scheduled.results[0]?.state).toBe('scheduled');
  const future = await site.rest<WpPost>(`/posts/${scheduled.results[0]?.remoteId ?? 0}?context=edit`);
  expect(future.status).toBe('future');
  expect(future.date_gmt).toBe('2099-01-01T09:30:00');

  // A kill takes the first post down (to draft, the default): it leaves the public site.
  const down = await callApi<{ state: string }[]>(desk, request, 'takeDownStory', { id: seed.id });
  expect(down.map((d) => d.state)).toEqual(['taken-down']);
  expect((await site.rest<WpPost>(`/posts/${postId}?context=edit`)).status).toBe('draft');
  expect((await fetch(updated.link)).status).toBe(404);
});
