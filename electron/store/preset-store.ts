/**
 * The editor's export presets, kept with the library in presets.json (lowdb over the durable adapter: temp file,
 * fsync, rename). Built-in presets are not stored; a saved preset with a built-in's name replaces it for this
 * library, and deleting it brings the built-in back.
 */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { CopydeskError, errorMessage } from '../domain/errors.js';
import { BUILT_IN_PRESETS, type ExportPreset } from '../domain/export-preset.js';
import { DurableJsonFile } from './durable-file.js';

interface PresetFile {
  readonly presets: readonly ExportPreset[];
}

export class PresetStore {
  private constructor(
    private readonly db: Low<PresetFile>,
    /** Said once when presets.json could not be read and was set aside. */
    readonly notice: string | null,
  ) {}

  /**
   * A damaged presets.json must not keep the export from working: it is renamed (presets.json.damaged-<time>,
   * never deleted, so the editor's presets can be pulled out of it by hand) and the built-ins are offered.
   */
  static async open(dir: string, warn: (message: string) => void = (m) => console.warn(`copydesk: ${m}`)): Promise<PresetStore> {
    const path = join(dir, 'presets.json');
    const db = new Low<PresetFile>(new DurableJsonFile<PresetFile>(path), { presets: [] });
    let notice: string | null = null;
    try {
      await db.read();
      if (typeof db.data !== 'object' || db.data === null || !Array.isArray(db.data.presets)) throw new Error('it holds no list of presets');
    } catch (err) {
      const aside = `${path}.damaged-${Date.now()}`;
      await rename(path, aside);
      notice = `${path} could not be read (${errorMessage(err)}): it was set aside as ${aside} and the built-in presets are offered`;
      warn(notice);
      db.data = { presets: [] };
    }
    return new PresetStore(db, notice);
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
