/** A file that is in a known format but cannot be read as a story: the message is the reason the editor sees. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}
