/**
 * The shape every section of `npm run accuracy` fills: a section measures one kind of input against expectations
 * written in the project's tests, and returns rows of scores; scripts/accuracy.ts only runs and prints them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AccuracyRow {
  readonly label: string;
  readonly score: number;
  readonly of: number;
  readonly note?: string;
}

export interface AccuracyReport {
  readonly rows: readonly AccuracyRow[];
  /** Anything else worth printing under the table: misses, speeds, a peer's figures. */
  readonly lines?: readonly string[];
}

export interface AccuracySection {
  /** The name on the command line: `npm run accuracy -- agency`. */
  readonly name: string;
  readonly title: string;
  run(): Promise<AccuracyReport>;
}

/** ../shared is read where it lies, never copied into the project. */
/** ../shared beside the repository (where CI puts it), or COPYDESK_SHARED. */
export const SHARED = process.env.COPYDESK_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const sharedPath = (...parts: string[]): string => join(SHARED, ...parts);
