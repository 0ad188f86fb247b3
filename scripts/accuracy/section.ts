/**
 * The shape every section of `npm run accuracy` fills: a section measures one kind of input against expectations
 * written in the project's tests, and returns rows of scores; scripts/accuracy.ts only runs and prints them.
 */
import { join } from 'node:path';

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
export const SHARED = process.env.COPYDESK_SHARED ?? '/work/shared';
export const sharedPath = (...parts: string[]): string => join(SHARED, ...parts);
