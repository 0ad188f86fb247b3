/**
 * A file's bytes → its Original (kept untouched with the article) and the parsed draft cleaning starts from.
 * Bad input is refused here, with the reason, before anything is stored.
 */
import { createHash } from 'node:crypto';
import type { Original, WireFormat } from '../domain/article.js';
import { assertNever } from '../domain/errors.js';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.js';
import { detectFormat } from './detect.js';
import { parsePlainText } from './formats/plain-text.js';
import type { WireDraft } from './wire-draft.js';

export interface IncomingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface IngestOptions {
  readonly maxBytes?: number;
}

export type IngestOutcome =
  | { readonly ok: true; readonly original: Original; readonly draft: WireDraft }
  | { readonly ok: false; readonly reason: string };

export function ingestFile(file: IncomingFile, opts: IngestOptions = {}): IngestOutcome {
  const decoded = decodeBytes(file.bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  const format = detectFormat(text);
  const original: Original = {
    fileName: file.name,
    format,
    encoding,
    sha256: sha256(file.bytes),
    size: file.bytes.length,
    text,
  };
  return { ok: true, original, draft: parseDraft(original) };
}

/** Parses the kept original again: cleaning is always re-run from here. */
export function parseDraft(original: Pick<Original, 'format' | 'text'>): WireDraft {
  const format: WireFormat = original.format;
  switch (format) {
    case 'plain-text':
      return parsePlainText(original.text);
    default:
      return assertNever(format, 'wire format');
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
