/**
 * One story as a search returns it: the summary the list shows and the fields the facets count and the sorts order
 * by. Kept free of Node imports: the renderer reads this type too.
 */
import type { ArticleSummary } from '../domain/article.js';

export interface StoryHit extends ArticleSummary {
  readonly sourceName: string;
  readonly language: string;
  /** When the agency filed or last updated the item (ISO 8601), else when it was imported. */
  readonly wireTime: string;
  /** 1 (flash) … 9, null when the wire gave none. */
  readonly urgency: number | null;
  readonly priority: number | null;
  /** Dateline place and the places the story is filed under, as written. */
  readonly places: readonly string[];
  /** Subject names (code when nameless). */
  readonly subjects: readonly string[];
  /** Flags the editor has not dismissed. */
  readonly openFlags: number;
  readonly embargo: string | null;
  /** The agency withdrew it (pubstatus canceled). */
  readonly killed: boolean;
  /** The editor changed a field by hand. */
  readonly edited: boolean;
  /**
   * This is a newer agency version of a story: its label ("update 1", "UPDATE 2") and how many choices a merge
   * into the editor's copy left open. Absent in records indexed before updates were marked.
   */
  readonly update?: { readonly label: string; readonly open: number; readonly merged?: boolean } | null;
  }
