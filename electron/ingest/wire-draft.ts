import type { Author, Category, Place, Pubstatus, Subject } from '../domain/article.js';

/**
 * What the wire format itself says about an item, before any cleaning: structured formats (NITF, NewsML,
 * ninjs, ANPA…) fill what they carry; plain text leaves it empty and cleaning reads the text instead.
 */
export interface WireMeta {
  readonly headline?: string;
  readonly slugline?: string;
  readonly byline?: string;
  readonly abstract?: string;
  /** The dateline as the format gives it, separately from the body (e.g. NITF <dateline>). */
  readonly dateline?: string;
  readonly language?: string;
  readonly source?: { readonly name?: string; readonly code?: string; readonly credit?: string };
  /** Who delivered the file (an email's From): credited only when the copy itself names no agency. */
  readonly sender?: string;
  readonly guid?: string;
  readonly version?: number;
  readonly created?: string;
  readonly updated?: string;
  readonly priority?: number;
  readonly urgency?: number;
  readonly pubstatus?: Pubstatus;
  readonly ednote?: string;
  readonly embargo?: string;
  readonly takeKey?: string;
  readonly category?: readonly Category[];
  readonly subjects?: readonly Subject[];
  readonly keywords?: readonly string[];
  readonly places?: readonly Place[];
  readonly authors?: readonly Author[];
}

/** What a format parser hands to cleaning: the story's text blocks in reading order, before any change. */
export interface WireDraft {
  readonly blocks: readonly string[];
  readonly meta: WireMeta;
}
