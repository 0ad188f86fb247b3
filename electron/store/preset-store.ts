/**
 * The editor's export presets, kept with the library in presets.json (lowdb over the durable adapter: temp file,
 * fsync, rename). Built-in presets are not stored; a saved preset with a built-in's name replaces it for this
 * library, and deleting it brings the built-in back.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { CopydeskError } from '../domain/errors.js';
import { BUILT_IN_PRESETS, type ExportPreset } from '../domain/export-preset.js';
import { DurableJsonFile } from './durable-file.js';

interface PresetFile {
  readonly presets: readonly ExportPreset[];
}

export class PresetStore {
  private constructor(private readonly db: Low<PresetFile>) {}

  static async open(dir: string): Promise<PresetStore> {
    const db = new Low<PresetFile>(new DurableJsonFile<PresetFile>(join(dir, 'presets.json')), { presets: [] });
    await db.read();
    if (!Array.isArray(db.data.presets)) db.data = { presets: [] };
    return new PresetStore(db);
  }

  /** Built-ins first (unless the editor saved one of the same name), then the editor's own, each name once. */
  list(): ExportPreset[] {
    const own = this.db.data.presets.map((p) => ({ ...p, builtIn: false }));
    const ownNames = new Set(own.map((p) => p.name));
    return [...BUILT_IN_PRESETS.filter((p) => !ownNames.has(p.name)), ...own];
  }

  get(name: string): ExportPreset {
    const preset = this.list().find((p) => p.name === name);
    if (!preset) throw new CopydeskError('not-found', `No export preset named "${name}"`);
    return preset;
  }

  async save(preset: ExportPreset): Promise<ExportPreset[]> {
    const others = this.db.data.presets.filter((p) => p.name !== preset.name);
    this.db.data = { presets: [...others, { ...preset, builtIn: false }] };
    await this.db.write();
    return this.list();
  }

  async remove(name: string): Promise<ExportPreset[]> {
    if (!this.db.data.presets.some((p) => p.name === name)) {
      throw new CopydeskError('not-found', `No saved preset named "${name}" (built-in presets cannot be deleted)`);
    }
    this.db.data = { presets: this.db.data.presets.filter((p) => p.name !== name) };
    await this.db.write();
    return this.list();
  }
}
