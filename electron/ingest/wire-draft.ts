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
  /** The dateline's date (YYYY-MM-DD) when the format gives it apart from the place (NewsML 1's DateLine `4/4/2018`). */
  readonly datelineDate?: string;
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
  /**
   * For the desk alone, never exported: an edNote the agency marks private (STT's `sttnote:private`), and the word
   * that the item's text was not sent with it (a NewsML-G2 item whose text is elsewhere).
   */
  readonly deskNote?: string;
  readonly embargo?: string;
  readonly takeKey?: string;
  readonly category?: readonly Category[];
  readonly subjects?: readonly Subject[];
  readonly keywords?: readonly string[];
  readonly places?: readonly Place[];
  readonly authors?: readonly Author[];
  /**
   * The item's word count as its own format declares it (NewsML-G2 `wordcount`, NewsML 1's WordCount property,
   * ANPA-1312's header field, NITF's `anpa-wordcount` meta): the agency's count of the text it sent.
   */
  readonly wordCount?: number;
}

/** What a format parser hands to cleaning: the story's text blocks in reading order, before any change. */
export interface WireDraft {
  readonly blocks: readonly string[];
  readonly meta: WireMeta;
  /**
   * True for a story the format sent without its text (a NewsML-G2 text item with its headline and metadata, its
   * text by reference or none): it is imported with an empty body, and meta.deskNote says so.
   */
  readonly stub?: boolean;
}
