/**
 * An email (RFC 5322 message, MIME per RFC 2045–2047) → a draft. Multipart bodies are walked part by part;
 * each part is decoded from its transfer encoding (base64, quoted-printable, 7bit/8bit) and its charset (a
 * declared charset the bytes contradict is overruled: bytes that are valid UTF-8 are UTF-8). The copy is the
 * longest text the message carries — its plain-text body, its HTML body, or a text attachment (agencies often
 * send the story as an attachment under a short covering note, which is kept as the editor's note). The Subject
 * (RFC 2047 encoded words decoded, Fwd:/Re: dropped) is the headline; From, Date and Message-ID are kept.
 */
import iconv from 'iconv-lite';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';
import { paragraphsOf, parseTree } from '../markup/tree.js';
import { parsePlainText } from './plain-text.js';

interface Part {
  readonly headers: Map<string, string>;
  readonly body: string;
}

interface TextPart {
  readonly text: string;
  readonly html: boolean;
  readonly attachment: string | null;
}

const MAX_DEPTH = 8;

export function parseEmail(text: string): WireDraft {
  const message = splitPart(text.replace(/\r\n?/gu, '\n'));
  const texts: TextPart[] = [];
  collect(message, texts, 0);
  const scored = texts.map((t) => ({ t, blocks: t.html ? paragraphsOf(parseTree(t.text, { xml: false })) : parsePlainText(t.text).blocks }));
  const length = (b: readonly string[]): number => b.reduce((n, s) => n + s.length, 0);
  // Plain text over HTML of the same body (multipart/alternative); a text attachment over a short note.
  const inline = scored.filter((s) => !s.t.attachment);
  const plain = inline.find((s) => !s.t.html) ?? inline[0];
  const attached = scored.filter((s) => s.t.attachment).sort((a, b) => length(b.blocks) - length(a.blocks))[0];
  const useAttachment = attached && (!plain || length(attached.blocks) > length(plain.blocks));
  const chosen = useAttachment ? attached : plain;
  const from = decodeWords(message.headers.get('from') ?? '');
  const sender = nonEmpty(/^\s*"?([^"<]*?)"?\s*</u.exec(from)?.[1]) ?? nonEmpty(from.replace(/[<>]/gu, ''));
  const note = useAttachment && plain ? nonEmpty(plain.blocks.join(' ')) : undefined;
  const meta: WireMeta = compact({
    headline: nonEmpty(decodeWords(message.headers.get('subject') ?? '').replace(/^(?:\s*(?:re|fwd?|tr|aw|wg)\s*:\s*)+/iu, '')),
    source: sender ? { name: sender, credit: sender } : undefined,
    created: isoDate(message.headers.get('date')),
    guid: nonEmpty(message.headers.get('message-id')?.replace(/[<>]/gu, '')),
    language: nonEmpty(message.headers.get('content-language')),
    ednote: note,
  });
  return { blocks: chosen?.blocks ?? [], meta };
}

function splitPart(raw: string): Part {
  const end = raw.search(/\n\n/u);
  const head = end >= 0 ? raw.slice(0, end) : raw;
  const body = end >= 0 ? raw.slice(end + 2) : '';
  const headers = new Map<string, string>();
  // RFC 5322 §2.2.3: a line starting with white space continues the previous field.
  for (const line of head.replace(/\n[ \t]+/gu, ' ').split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) {
      const key = line.slice(0, i).trim().toLowerCase();
      if (!headers.has(key)) headers.set(key, line.slice(i + 1).trim());
    }
  }
  return { headers, body };
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\*?\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu').exec(value);
  const v = m?.[1] ?? m?.[2] ?? null;
  // RFC 2231 `filename*=utf-8''name`
  return v ? decodeURIComponentSafe(v.replace(/^[\w-]+''/u, '')) : null;
}

function decodeURIComponentSafe(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

function collect(part: Part, out: TextPart[], depth: number): void {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < MAX_DEPTH) {
    const boundary = param(part.headers.get('content-type') ?? '', 'boundary');
    if (!boundary) return;
    const pieces = part.body.split(new RegExp(`^--${escapeRe(boundary)}(?:--)?[ \\t]*$`, 'mu'));
    for (const piece of pieces.slice(1, -1)) collect(splitPart(piece.replace(/^\n/u, '')), out, depth + 1);
    // A final part without a closing delimiter is still read (lenient).
    const last = pieces[pieces.length - 1];
    if (pieces.length > 1 && last && !new RegExp(`^--${escapeRe(boundary)}--`, 'mu').test(part.body) && last.trim() !== '') {
      collect(splitPart(last.replace(/^\n/u, '')), out, depth + 1);
    }
    return;
  }
  if (type.startsWith('message/rfc822') && depth < MAX_DEPTH) {
    collect(splitPart(part.body), out, depth + 1);
    return;
  }
  const disposition = part.headers.get('content-disposition') ?? '';
  const filename = param(disposition, 'filename') ?? param(part.headers.get('content-type') ?? '', 'name');
  const attachment = /^attachment/iu.test(disposition) || filename ? (filename ?? 'attachment') : null;
  const textual = type.startsWith('text/') || /\.(?:txt|text|html?)$/iu.test(filename ?? '');
  if (!textual) return;
  const text = decodeBody(part);
  out.push({ text, html: type.startsWith('text/html') || /\.html?$/iu.test(filename ?? ''), attachment });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function decodeBody(part: Part): string {
  const cte = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase().trim();
  const charset = param(part.headers.get('content-type') ?? '', 'charset');
  if (cte === 'base64') return decodeCharset(Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64'), charset);
  if (cte === 'quoted-printable') return decodeCharset(quotedPrintable(part.body), charset);
  return part.body;
}

/** RFC 2045 §6.7: `=XX` is a byte, `=` at the end of a line is a soft break. */
function quotedPrintable(body: string): Buffer {
  const soft = body.replace(/=[ \t]*\n/gu, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/u.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) bytes.push(c);
    else bytes.push(...Buffer.from(soft.charAt(i), 'utf8'));
  }
  return Buffer.from(bytes);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeCharset(bytes: Buffer, declared: string | null): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const name = (declared ?? '').toLowerCase();
    if (name && !/^utf-?8$/u.test(name) && iconv.encodingExists(name)) {
      return iconv.decode(bytes, name === 'iso-8859-1' || name === 'us-ascii' ? 'windows-1252' : name);
    }
    return iconv.decode(bytes, 'windows-1252');
  }
}

/** RFC 2047 encoded words: `=?charset?B?…?=` and `=?charset?Q?…?=`; white space between two words is dropped. */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/gu, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/gu, (_m, cs: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/gu, ' '));
      return decodeCharset(bytes, cs.replace(/\*.*$/u, ''));
    });
}
