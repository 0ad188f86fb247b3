/**
 * Checks the ninjs output against the ninjs 2.1 schema's rules written out by hand (the schema itself lives outside
 * this repository; scripts/validate-ninjs.ts checks files against it in CI).
 */
import { describe, it, expect } from 'vitest';
import { buildNinjs, renderNinjs } from '../../../electron/export/formats/ninjs.js';
import { arabicStory, bareStory, hostileStory, story } from './fixture.js';

// ninjs 2.1: the root object's properties ($defs.ninjsType.properties); no others are allowed.
const ROOT_PROPERTIES = [
  'uri', 'type', 'representationtype', 'profile', 'version', 'firstcreated', 'versioncreated', 'contentcreated',
  'embargoed', 'pubstatus', 'urgency', 'copyrightholder', 'copyrightnotice', 'usageterms', 'ednote', 'language',
  'descriptions', 'bodies', 'headlines', 'people', 'organisations', 'places', 'subjects', 'events', 'objects',
  'infosources', 'title', 'by', 'slugline', 'located', 'renditions', 'associations', 'altids', 'trustindicators',
  'standard', 'genres', 'expires', 'rightsinfo',
];
const TEXT_PROPERTIES = ['role', 'contenttype', 'value'];
const BODY_PROPERTIES = ['role', 'contenttype', 'charcount', 'wordcount', 'value'];
const PARTY_PROPERTIES = ['name', 'role', 'uri', 'literal', 'contactinfo'];
const SUBJECT_PROPERTIES = ['name', 'rel', 'uri', 'literal', 'creator', 'relevance', 'confidence'];
const STRING_PROPERTIES = [
  'uri', 'profile', 'version', 'copyrightholder', 'copyrightnotice', 'usageterms', 'ednote', 'language', 'title',
  'by', 'slugline', 'located',
];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

function expectOnly(object: unknown, allowed: readonly string[]): void {
  expect(typeof object).toBe('object');
  for (const key of Object.keys(object as Json)) expect(allowed).toContain(key);
}

function expectArrayOf(value: unknown, allowed: readonly string[], required: readonly string[] = []): void {
  expect(Array.isArray(value)).toBe(true);
  for (const item of value as Json[]) {
    expectOnly(item, allowed);
    for (const key of required) expect(item).toHaveProperty(key);
    for (const [key, v] of Object.entries(item)) {
      expect(typeof v).toBe(key === 'charcount' || key === 'wordcount' ? 'number' : 'string');
    }
  }
}

/** The ninjs 2.1 schema's constraints on the properties Copydesk writes. */
function expectNinjs21(item: Json): void {
  expectOnly(item, ROOT_PROPERTIES);
  expect(typeof item.uri).toBe('string');
  expect(item.uri).toMatch(/^[a-z][a-z0-9+.-]*:[^\s]+$/);
  expect(['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component']).toContain(item.type);
  expect(['full', 'partial']).toContain(item.representationtype);
  expect(['usable', 'withheld', 'canceled']).toContain(item.pubstatus);
  for (const key of STRING_PROPERTIES) if (key in item) expect(typeof item[key]).toBe('string');
  for (const key of ['firstcreated', 'versioncreated']) if (key in item) expect(item[key]).toMatch(DATE_TIME);
  expectOnly(item.standard, ['name', 'version', 'schema']);
  for (const key of ['headlines', 'descriptions']) if (key in item) expectArrayOf(item[key], TEXT_PROPERTIES, ['value']);
  if ('bodies' in item) expectArrayOf(item.bodies, BODY_PROPERTIES, ['value']);
  if ('infosources' in item) expectArrayOf(item.infosources, PARTY_PROPERTIES);
  if ('subjects' in item) expectArrayOf(item.subjects, SUBJECT_PROPERTIES);
}

function parse(json: string): Json {
  return JSON.parse(json) as Json;
}

function description(item: Json, role: string): string | undefined {
  return (item.descriptions as { role: string; value: string }[] | undefined)?.find((d) => d.role === role)?.value;
}

describe('renderNinjs', () => {
  it('follows the ninjs 2.1 schema for every fixture', () => {
    for (const article of [story, hostileStory, arabicStory, bareStory]) expectNinjs21(parse(renderNinjs(article)));
  });

  it('is pretty-printed JSON equal to the built item', () => {
    const json = renderNinjs(story);
    expect(json).toBe(`${JSON.stringify(buildNinjs(story), null, 2)}\n`);
    expect(json.split('\n')[1]).toBe('  "standard": {');
  });

  it('maps identity, versions, status and language', () => {
    const item = parse(renderNinjs(story));
    expect(item).toMatchObject({
      standard: { name: 'ninjs', version: '2.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json' },
      uri: 'urn:copydesk:article:3f2a9c1e-7b4d-4e8a-9c21-5d6f0a1b2c3d',
      type: 'text',
      representationtype: 'full',
      // The export version (first export), not the library's revision counter.
      version: '1',
      firstcreated: '2025-03-04T09:12:00.000Z',
      versioncreated: '2025-03-04T10:45:30.000Z',
      pubstatus: 'usable',
      language: 'en',
      slugline: 'PORT-REOPENS',
      headlines: [{ role: 'main', value: 'Northern port reopens to cargo ships after storm repairs' }],
      by: 'By Lina Haddad',
      located: 'SALALAH',
    });
    expect(item).not.toHaveProperty('ednote');
    expect(parse(renderNinjs(bareStory)).pubstatus).toBe('withheld');
  });

  it('carries dateline, credit and agency in the fields 2.1 has', () => {
    const item = parse(renderNinjs(story));
    expect(description(item, 'summary')).toBe(story.abstract);
    expect(description(item, 'dateline')).toBe('SALALAH, March 4 (CWA) —');
    expect(description(item, 'dateline-date')).toBe('2025-03-04');
    expect(description(item, 'creditline')).toBe('Coastal Wire Agency');
    expect(item.infosources).toEqual([{ name: 'Coastal Wire Agency', literal: 'CWA' }]);
    expect(item.copyrightholder).toBe('Coastal Wire Agency');
    expect(item.subjects).toEqual([{ name: 'ports' }, { name: 'shipping' }, { name: 'weather' }]);
  });

  it('gives the body as sanitised HTML with the dateline span, and as plain text', () => {
    type Body = { role: string; contenttype: string; value: string; charcount: number; wordcount: number };
    const [html, plain] = parse(renderNinjs(story)).bodies as Body[];
    expect(html).toMatchObject({ role: 'main', contenttype: 'text/html' });
    expect(html?.value).toMatch(/^<p><span class="dateline">SALALAH, March 4 \(CWA\) —<\/span> The northern port/);
    expect(html?.value.split('SALALAH').length).toBe(2);
    expect(html?.value).not.toContain('Source:');
    expect(plain).toMatchObject({ role: 'main', contenttype: 'text/plain' });
    expect(plain?.value.startsWith('SALALAH, March 4 (CWA) — The northern port reopened')).toBe(true);
    expect(plain?.value.split('\n\n')).toHaveLength(3);
    expect(plain?.charcount).toBe([...(plain?.value ?? '')].length);
    expect(plain?.wordcount).toBe(46);
  });

  it('never puts a live tag in the HTML body, and keeps hostile text intact in plain fields', () => {
    const item = parse(renderNinjs(hostileStory));
    const [html, plain] = item.bodies as { value: string }[];
    expect(html?.value).not.toMatch(/<script|<img|<div|<i>|<b>/i);
    expect(html?.value).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(plain?.value).toContain('<script>alert(1)</script>');
    expect((item.headlines as { value: string }[])[0]?.value).toBe(hostileStory.headline);
    expect(item.uri).toBe('urn:copydesk:article:BAD%2F..%2FID%3A%22%3Cx%3E%22-0001');
    expect(item.ednote).toMatch(/year inferred/);
    expect(item.subjects).toEqual([{ name: 'a "quoted" word' }, { name: 'back\\slash' }, { name: 'yes' }]);
  });

  it('leaves out what the article does not have', () => {
    const item = parse(renderNinjs(bareStory));
    for (const key of ['by', 'located', 'slugline', 'subjects', 'ednote']) expect(item).not.toHaveProperty(key);
    expect(item.descriptions).toEqual([{ role: 'creditline', contenttype: 'text/plain', value: 'Coastal Wire Agency' }]);
    expect(item.infosources).toEqual([{ name: 'Coastal Wire Agency' }]);
  });

  it('writes the Arabic story with its language and dateline place', () => {
    const item = parse(renderNinjs(arabicStory));
    expect(item).toMatchObject({ language: 'ar', located: 'صلالة', infosources: [{ name: 'وكالة الساحل للأنباء' }] });
    expect((item.bodies as { value: string }[])[0]?.value).toContain('<span class="dateline">صلالة، 4 مارس (وكالة الساحل) —</span>');
  });
});
