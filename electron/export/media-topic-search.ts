/**
 * Searching the whole IPTC Media Topics vocabulary (1,100+ active topics, electron/enrich/data/mediatopics.json,
 * CC BY 4.0 IPTC) by name or code, for the subject picker: the editor files a story under any topic, not only
 * Copydesk's suggestions. Codes travel with names; the breadcrumb tells "security" in defence from "securities".
 */
import type { MediaTopic } from '../domain/media-topic.js';
import data from '../enrich/data/mediatopics.json' with { type: 'json' };

export type { MediaTopic };


type Row = readonly [string, string, string, number];
const ROWS = data.topics as unknown as readonly Row[];
const BY_CODE = new Map(ROWS.map((r) => [r[0], r]));

function pathOf(row: Row): string[] {
  const names: string[] = [];
  let parent = BY_CODE.get(row[2]);
  for (let depth = 0; parent && depth < 10; depth++) {
    names.unshift(parent[1]);
    parent = BY_CODE.get(parent[2]);
  }
  return names;
}

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** Best first: the name itself, a name starting with the words, a word starting with them, anywhere; then shallow first. */
export function searchMediaTopics(query: string, limit = 20): MediaTopic[] {
  const q = fold(query.trim().replace(/^medtop:/i, ''));
  if (q === '') return [];
  const scored: { row: Row; score: number }[] = [];
  for (const row of ROWS) {
    const name = fold(row[1]);
    let score: number;
    if (row[0] === q || name === q) score = 0;
    else if (name.startsWith(q) || row[0].startsWith(q)) score = 1;
    else if (new RegExp(`(?:^|[^\\p{L}])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(name)) score = 2;
    else if (name.includes(q)) score = 3;
    else continue;
    scored.push({ row, score });
  }
  scored.sort((a, b) => a.score - b.score || a.row[3] - b.row[3] || a.row[1].localeCompare(b.row[1]));
  return scored.slice(0, limit).map(({ row }) => ({ code: row[0], name: row[1], path: pathOf(row), level: row[3] }));
}
