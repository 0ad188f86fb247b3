import { describe, it, expect } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../../electron/export/formats/markdown.js';
import { yamlString } from '../../../electron/export/formats/yaml-front-matter.js';
import { arabicStory, bareStory, hostileStory, story, withChanges } from './fixture.js';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

function scalar(text: string): Value {
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  // Double-quoted YAML written with JSON's escapes only, so JSON reads it the same as YAML does.
  if (text.startsWith('"')) return JSON.parse(text) as string;
  throw new Error(`Unexpected plain scalar in front matter: ${text}`);
}

/** Reads back the front matter the exporter writes: maps nested by two spaces, lists of scalars, quoted strings. */
function parseFrontMatter(markdown: string): { data: { [key: string]: Value }; body: string } {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('---');
  const end = lines.indexOf('---', 1);
  expect(end).toBeGreaterThan(0);
  const root: { [key: string]: Value } = {};
  const stack: { indent: number; target: { [key: string]: Value } | Value[] }[] = [{ indent: 0, target: root }];
  for (const line of lines.slice(1, end)) {
    const indent = line.length - line.trimStart().length;
    while ((stack[stack.length - 1]?.indent ?? 0) > indent) stack.pop();
    const target = stack[stack.length - 1]?.target;
    const item = /^\s*- (.*)$/.exec(line);
    if (item !== null) {
      if (!Array.isArray(target)) throw new Error(`List item outside a list: ${line}`);
      target.push(scalar(item[1] ?? ''));
      continue;
    }
    const entry = /^\s*([a-z_]+):(?: (.*))?$/.exec(line);
    if (entry === null || target === undefined || Array.isArray(target)) throw new Error(`Unexpected line: ${line}`);
    const key = entry[1] ?? '';
    if (entry[2] !== undefined) {
      target[key] = scalar(entry[2]);
    } else {
      const next = lines[lines.indexOf(line) + 1] ?? '';
      const child: { [key: string]: Value } | Value[] = next.trimStart().startsWith('- ') ? [] : {};
      target[key] = child;
      stack.push({ indent: indent + 2, target: child });
    }
  }
  return { data: root, body: lines.slice(end + 1).join('\n') };
}

describe('renderMarkdown', () => {
  it('writes front matter, the dateline in bold, the body and the credit', () => {
    expect(renderMarkdown(story)).toBe(`---
title: "Northern port reopens to cargo ships after storm repairs"
slug: "port-reopens"
byline: "By Lina Haddad"
abstract: "Cargo traffic resumes at the northern port two weeks after a storm damaged its quays."
date: "2025-03-04"
dateline:
  text: "SALALAH, March 4 (CWA) —"
  place: "SALALAH"
  date: "2025-03-04"
  year_inferred: false
source:
  name: "Coastal Wire Agency"
  code: "CWA"
  credit: "Coastal Wire Agency"
language: "en"
keywords:
  - "ports"
  - "shipping"
  - "weather"
status: "ready"
id: "3f2a9c1e-7b4d-4e8a-9c21-5d6f0a1b2c3d"
revision: 4
---

**SALALAH, March 4 (CWA) —** The northern port reopened to cargo ships on Tuesday, two weeks after a storm tore through its outer quays.

Harbour engineers finished rebuilding the damaged berths overnight, the transport ministry said.

Three container vessels waiting offshore were cleared to dock before noon.

Source: Coastal Wire Agency
`);
  });

  it('front matter reads back to the article metadata, hostile values included', () => {
    const { data } = parseFrontMatter(renderMarkdown(hostileStory));
    expect(data).toEqual({
      title: hostileStory.headline,
      slug: 'ministers-script-alert-1-script-friends-meet-at-o-brien-s',
      byline: hostileStory.byline,
      abstract: hostileStory.abstract,
      date: '2025-03-04',
      dateline: { text: hostileStory.dateline.text, place: hostileStory.dateline.place, date: '2025-03-04', year_inferred: true },
      source: { name: 'Agency "X" & <Co>', code: '<X>', credit: 'Credit <script>alert(1)</script>' },
      language: 'en',
      keywords: ['a "quoted" word', 'back\\slash', 'yes'],
      status: 'ready',
      id: hostileStory.id,
      revision: 4,
    });
  });

  it('front matter keeps nulls, empty lists and non-Latin text', () => {
    expect(parseFrontMatter(renderMarkdown(bareStory)).data).toMatchObject({
      date: null,
      dateline: { text: '', place: '', date: null, year_inferred: false },
      source: { name: 'Coastal Wire Agency', code: null, credit: '' },
      keywords: [],
      status: 'spiked',
    });
    expect(parseFrontMatter(renderMarkdown(arabicStory)).data).toMatchObject({
      title: arabicStory.headline,
      slug: 'story',
      language: 'ar',
      dateline: { place: 'صلالة' },
    });
  });

  it('quotes and escapes every string the YAML way', () => {
    expect(yamlString('no')).toBe('"no"');
    expect(yamlString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(yamlString('tab\there\nnew\r\u0007\u0085\u2028\ufeff')).toBe('"tab\\there\\nnew\\r\\u0007\\u0085\\u2028\\uFEFF"');
    expect(yamlString('lone \ud800 surrogate')).toBe('"lone \\uFFFD surrogate"');
    expect(JSON.parse(yamlString('é 😀 "x"'))).toBe('é 😀 "x"');
  });

  it('prints the dateline from the metadata once, and the credit last', () => {
    const { body } = parseFrontMatter(renderMarkdown(story));
    expect(body.split('SALALAH, March 4 (CWA) —').length - 1).toBe(1);
    expect(body.trimEnd().split('\n\n').at(-1)).toBe('Source: Coastal Wire Agency');
    expect(parseFrontMatter(renderMarkdown(bareStory)).body).not.toContain('**');
  });

  it('escapes wire text so Markdown does not reinterpret it or pass HTML through', () => {
    const { body } = parseFrontMatter(renderMarkdown(hostileStory));
    const blocks = body.trim().split('\n\n');
    expect(blocks).toEqual([
      '**GAZA \\<i>CITY\\</i>, March 4 (CWA) —** Opening \\<script>alert(1)\\</script> with \\<img src=x onerror=alert(1)> \\& friends.',
      '\\# not a heading',
      '\\- not a list item',
      '1\\. not an ordered item',
      '\\> not a quote',
      '\\*not emphasis\\* and \\[a link\\](javascript:alert(1)) and \\`code\\`',
      '\\<div onmouseover="alert(1)">raw html\\</div> \\&amp; entity',
      'Title line\n\\===',
      'indented four spaces',
      'Source: Credit \\<script>alert(1)\\</script>',
    ]);
    expect(body).not.toMatch(/(?:^|[^\\])</m);
  });

  it('escapes every kind of line start', () => {
    expect(escapeMarkdown('+ plus\n= equals\n12) twelve\n### three\n___\n~~~ fence\n| a | b |')).toBe(
      '\\+ plus\n\\= equals\n12\\) twelve\n\\### three\n\\_\\_\\_\n\\~\\~\\~ fence\n\\| a \\| b \\|',
    );
    expect(escapeMarkdown('trailing break  \nback\\')).toBe('trailing break\nback\\\\');
  });

  it('drops the dateline cleaning left at the head of the body', () => {
    const leftover = withChanges({ paragraphs: [{ id: 'p0', text: 'SALALAH, March 4 (CWA) — Ships dock.' }] });
    expect(parseFrontMatter(renderMarkdown(leftover)).body).toContain('**SALALAH, March 4 (CWA) —** Ships dock.\n');
  });
});
