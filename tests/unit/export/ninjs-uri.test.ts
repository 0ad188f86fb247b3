/**
 * ninjs `uri` is a URI for every agency id, checked with ajv (formats on) against the official IPTC ninjs 2.1
 * schema, read at run time from the shared standards folder (../shared beside the repository, as CI lays it, or
 * /work/shared on the desk's machines).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ninjsUri, renderNinjs } from '../../../electron/export/formats/ninjs.js';
import { story } from './fixture.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const repo = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const shared = [join(repo, '..', 'shared'), '/work/shared'].find((d) => existsSync(join(d, 'standards', 'ninjs')));

function validator() {
  if (!shared) throw new Error(`The IPTC ninjs schema is needed: no shared/standards/ninjs beside ${repo} nor at /work/shared`);
  const dir = join(shared, 'standards', 'ninjs');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(dir, 'validation', 'test_suite', 'GeoJSON-schema.json'), 'utf8')), 'https://geojson.org/schema/GeoJSON.json');
  return ajv.compile(JSON.parse(readFileSync(join(dir, 'specification', 'ninjs-schema_2.1.json'), 'utf8')));
}

// The guids of the three real agency items whose ninjs failed the schema (belga, ntb and aap samples in ../shared).
const AGENCY_IDS = ['XAM22192010243_AMZ_X083', '20160512:RTZ:8883:0', '26945219'];

describe('ninjs uri', () => {
  const validate = validator();

  it('is a valid URI for agency ids that are not URIs, and the id survives in it', () => {
    for (const guid of AGENCY_IDS) {
      const doc = JSON.parse(renderNinjs({ ...story, guid })) as { uri: string };
      expect(validate(doc), `${guid}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(decodeURIComponent(doc.uri.replace('urn:copydesk:guid:', ''))).toBe(guid);
    }
  });

  it('keeps an agency guid that already is a URI', () => {
    for (const guid of ['urn:newsml:dpa.com:20090101:190523-99-326040', 'tag:reuters.com,0000:newsml_L4N1FL0N0:1132689232', 'http://example.org/item/1']) {
      expect(ninjsUri({ ...story, guid })).toBe(guid);
    }
    expect(validate(JSON.parse(renderNinjs({ ...story, guid: null })))).toBe(true);
  });
});
