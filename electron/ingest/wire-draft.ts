/** What a format parser hands to cleaning: the story's text blocks in reading order, before any change. */
export interface WireDraft {
  readonly blocks: readonly string[];
}
