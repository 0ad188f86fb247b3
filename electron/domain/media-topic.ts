/** An IPTC Media Topic as the subject picker lists it: its code, en-US name and the names above it. */
export interface MediaTopic {
  readonly code: string;
  readonly name: string;
  /** The names above it, top first: "economy, business and finance › …". */
  readonly path: readonly string[];
  readonly level: number;
}
