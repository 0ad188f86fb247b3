import { describe, expect, it } from 'vitest';
import { jsonBoundsReason, MAX_JSON_CONTAINERS, MAX_JSON_DEPTH } from '../../../../electron/ingest/json-bounds.js';
import { importBytes, refusal } from './import-fixture.js';

const item = (k: number): string => JSON.stringify({ uri: `urn:bounds:${k}`, type: 'text', headlines: [{ role: 'main', value: `Quay ${k} reopens after repairs` }], bodies: [{ role: 'main', contenttype: 'text/plain', value: `The quay ${k} reopened on Monday, the port said.` }] });

/** JSON that would take over 1 GB to parse is refused, with its figures, before JSON.parse builds it. */
describe('JSON is bounded before it is parsed', () => {
  it('refuses nesting deeper than the bound, naming the depth', () => {
    const json = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(refusal('deep.json', Buffer.from(json))).toBe('a JSON document nested 513 levels deep (more than 512): refused rather than read, not a news item');
  });

  it('refuses more arrays and objects than the bound, counting them', () => {
    const json = `[${Array.from({ length: MAX_JSON_CONTAINERS }, () => '{}').join(',')}]`;
    expect(refusal('many.json', Buffer.from(json))).toBe('a JSON document of 1,000,001 arrays and objects (more than 1,000,000): refused rather than read, not a news item');
  });

  it('counts no bracket inside a string, escaped quotes included', () => {
    const headline = `Brackets \\" ${'[{'.repeat(2000)} in a headline`;
    const json = `{"uri":"urn:b:1","type":"text","headlines":[{"role":"main","value":"${headline}"}],"bodies":[{"role":"main","contenttype":"text/plain","value":"Text of the story."}]}`;
    expect(jsonBoundsReason(json)).toBeNull();
    expect(importBytes('strings.json', Buffer.from(json))[0]?.headline).toContain('Brackets " [{[{');
  });

  it('still reads a ninjs array of thousands of items', () => {
    const json = `[${Array.from({ length: 3000 }, (_, k) => item(k)).join(',')}]`;
    const stories = importBytes('array.json', Buffer.from(json));
    expect(stories).toHaveLength(3000);
    expect(stories[2999]?.headline).toBe('Quay 2999 reopens after repairs');
  });

  it('leaves copy that only starts with a bracket to the other readers', () => {
    const text = `[${'['.repeat(600)} UPDATE ] Quay reopens\n\nThe quay reopened on Monday after repairs, the port said.`;
    expect(jsonBoundsReason(text)).toBeNull();
  });
});
