/**
 * Validates ninjs files against the IPTC ninjs 2.1 JSON Schema, kept outside this repository in
 * ../shared/standards/ninjs (relative to the repository root).
 *
 *   npx tsx scripts/validate-ninjs.ts FILE...
 *
 * Exit code 0 when every file is valid, 1 when any is invalid or unreadable, 2 on a usage or setup error.
 * Formats (uri, date-time) are checked too: Copydesk's own output must meet them, even though IPTC's test runner
 * does not assert formats.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ninjsDir = path.resolve(repoRoot, '..', 'shared', 'standards', 'ninjs');
const SCHEMA_FILE = path.join(ninjsDir, 'specification', 'ninjs-schema_2.1.json');
// ninjs 2.x places refer to GeoJSON by URL (https://geojson.org/schema/GeoJSON.json); the copy is loaded under it.
const GEOJSON_FILE = path.join(ninjsDir, 'validation', 'test_suite', 'GeoJSON-schema.json');

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/validate-ninjs.ts FILE...');
    return 2;
  }
  let schema: unknown;
  let geojson: unknown;
  try {
    [schema, geojson] = await Promise.all([readJson(SCHEMA_FILE), readJson(GEOJSON_FILE)]);
  } catch (err) {
    console.error(`Cannot load the ninjs 2.1 schema from ${ninjsDir}: ${message(err)}`);
    return 2;
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(geojson as object);
  const validate = ajv.compile(schema as object);

  let invalid = 0;
  for (const file of files) {
    let item: unknown;
    try {
      item = await readJson(file);
    } catch (err) {
      invalid += 1;
      console.error(`INVALID ${file}: ${message(err)}`);
      continue;
    }
    if (validate(item)) {
      console.log(`ok      ${file}`);
    } else {
      invalid += 1;
      console.error(`INVALID ${file}`);
      for (const error of validate.errors ?? []) {
        console.error(`  ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
      }
    }
  }
  console.log(`${files.length - invalid} of ${files.length} valid against ninjs 2.1`);
  return invalid === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
