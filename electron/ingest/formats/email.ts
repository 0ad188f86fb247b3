/**
 * An email (RFC 5322 message, MIME per RFC 2045–2047) as it sits in a mailbox → a draft. The header block may
 * open with a long Received:/Delivered-To:/ARC chain; only the fields the desk needs are read from it. Multipart
 * bodies are walked part by part; each part is decoded from its transfer encoding (base64, quoted-printable,
 * 7bit/8bit) and its charset (a declared charset the bytes contradict is overruled: bytes that are valid UTF-8
 * are UTF-8). multipart/alternative gives its text/plain version, else its HTML reduced to text. The copy is the
 * longest text the message carries — its body or a text attachment (agencies often send the story as an
 * attachment under a short covering note, which is kept as the editor's note). Forwarded copy is unwrapped: the
 * forwarding header block ("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original
 * Message-----", or Outlook's bare From:/Sent: block, maybe under a rule of underscores) is dropped, its Subject heads
 * the story and its From is the sender; the forwarder's words above it are the editor's note. The Subject (Fwd:/Re: dropped) is the headline.
 *
 * Credit: whoever mailed the copy is not its source. The agency the copy names in its dateline is the credit
 * (enrich reads it); the sender (WireMeta.sender) stands in only when the copy names none.
 *
 * Header values go through postal-mime's RFC 2047 word decoder and RFC 5322 address parser. Its message parser
 * is not used: it is asynchronous (Blob-based), while a story is re-read from its kept original synchronously on
 * every re-clean, so the MIME walk here stays synchronous.
 */
import iconv from 'iconv-lite';
import { addressParser, decodeWords as decodeMimeWords } from 'postal-mime';
import type { WireDraft, WireMeta } from '../wire-draft.js';
import { agencyFromRaw } from '../../domain/wire-values.js';
import { compact, isoDate, nonEmpty } from './meta-helpers.js';
import { paragraphsOf, parseTree } from '../markup/tree.js';
import { parsePlainText } from './plain-text.js';
import { readFormSubmission } from './email-form.js';
import { parseDocxPackage, readDocx } from './docx.js';
import { DEFAULT_MAX_BYTES } from '../decode.js';

interface Part {
  readonly headers: Map<string, string>;
  readonly body: string;
}

interface TextPart {
  readonly text: string;
  readonly html: boolean;
  readonly attachment: string | null;
  /** A Word attachment's own title (its Title-styled first paragraph, else its document title). */
  readonly headline?: string;
}

const MAX_DEPTH = 8;

export function parseEmail(text: string): WireDraft {
  const message = splitPart(text.replace(/\r\n?/gu, '\n'));
  const texts: TextPart[] = [];
  collect(message, texts, 0);
  const scored = texts.map((t) => {
    // HTML is reduced to its text paragraphs (markup, styles and scripts gone) and then read like a text body.
    // A <br> is a line break of the mail, as in a forwarding header block: it becomes one here too.
    const text = t.html ? paragraphsOf(parseTree(t.text.replace(/<br\s*\/?>/giu, '</p><p>'), { xml: false })).join('\n\n') : t.text;
    const unwrapped = unwrapForward(text);
    const body = withoutRules(withoutSignature(unwrapped?.body ?? text));
    const form = t.html ? null : readFormSubmission(body);
    return { t, form, blocks: form ? form.paragraphs : parsePlainText(body).blocks, forwardedSubject: unwrapped?.subject, forwardedSender: unwrapped?.sender, forwardNote: unwrapped?.note };
  });
  const length = (b: readonly string[]): number => b.reduce((n, s) => n + s.length, 0);
  // Plain text over HTML of the same body (multipart/alternative); a text attachment over a short note.
  const inline = scored.filter((s) => !s.t.attachment);
  const plain = inline.find((s) => !s.t.html && s.blocks.length > 0) ?? inline.find((s) => s.blocks.length > 0) ?? inline[0];
  const attached = scored.filter((s) => s.t.attachment).sort((a, b) => length(b.blocks) - length(a.blocks))[0];
  const useAttachment = attached && (!plain || length(attached.blocks) > length(plain.blocks));
  const chosen = useAttachment ? attached : plain;
  const blocks = chosen?.blocks ?? [];
  // Forwarded copy is the forwarded sender's; the forwarder's words above it are a note to the desk.
  const sender = chosen?.forwardedSender ?? senderName(message.headers.get('from') ?? '');
  const note = useAttachment && plain ? nonEmpty(plain.blocks.join(' ')) : chosen?.forwardNote;
  const subject = nonEmpty(stripReplyMarks(chosen?.forwardedSubject ?? decodeWords(message.headers.get('subject') ?? '')));
  const form = chosen?.form ?? null;
  const meta: WireMeta = compact({
    // A form's own fields over the mailer's subject ("Formatted Editorial Story").
    ...form?.meta,
    // A Word attachment's own title over the covering mail's subject: it is the story's headline as written.
    headline: form?.meta.headline ?? (useAttachment ? attached.t.headline : undefined) ?? subject,
    // Not `source`: the agency in the copy's dateline is the credit; the sender only when it names none.
    sender,
    created: isoDate(message.headers.get('date')),
    guid: nonEmpty(message.headers.get('message-id')?.replace(/[<>]/gu, '')),
    language: nonEmpty(message.headers.get('content-language')),
    ednote: nonEmpty([note, form?.meta.ednote].filter(Boolean).join(' ')),
    // The form's own bookkeeping (who filed it, for which desk, when) is for the desk, never for export.
    deskNote: form && form.otherFields.length > 0 ? `Form fields: ${form.otherFields.join(' · ')}` : undefined,
  });
  return { blocks, meta };
}

/**
 * A plain-text mail's rules (a line of `-`, `=`, `#`, `*`, `_` or `~` alone, as under a heading or between
 * sections) are breaks between paragraphs, not words of them.
 */
function withoutRules(text: string): string {
  return text.replace(/^[ \t]*([-=#*_~])\1{2,}[ \t]*$/gmu, '');
}

/**
 * A plain-text body without its signature: the lines after the last `-- ` separator line (RFC 3676 §4.3; many
 * clients trim it to `--`), when what follows is short, as a signature is (a name, a post, an address, a version).
 */
function withoutSignature(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i > 0; i--) {
    if (!/^-- ?$/u.test(lines[i] ?? '')) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim() !== '');
    return after.length <= 8 && after.join(' ').length <= 400 ? lines.slice(0, i).join('\n') : text;
  }
  return text;
}

/**
 * The Subject as a headline: without the reply and forward marks (`Re:`, `Fwd:`, `AW:`) and without the tags a
 * mailing list or a sender puts before it (`[ANNOUNCE]`, `[samba-technical]`, `[PATCH v2]`), in any order. A tag that
 * speaks of an embargo stays: it is the desk's warning, not a list's name. A subject that is only a tag stays as it is.
 */
function stripReplyMarks(subject: string): string {
  const mark = /^\s*(?:(?:re|fwd?|tr|aw|wg|sv|vs|rv|enc)\s*(?:\[\d+\])?\s*:|\[(?![^\]]*(?:embargo|sperrfrist))[^\][]{1,40}\])\s*/iu;
  let rest = subject;
  for (let m = mark.exec(rest); m && m[0].length < rest.length; m = mark.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** RFC 5322 `From`: the display name, or the address when there is none. */
function senderName(field: string): string | undefined {
  const [first] = addressParser(field);
  if (!first) return undefined;
  if ('group' in first && first.group) return nonEmpty(first.name);
  const name = first.name ? withoutListRelay(first.name, first.address ?? '') : first.name;
  // Mail from an agency's own domain (desk@aap.com.au) is the agency's copy: the agency, not the person, is credited.
  const domain = first.address?.split('@')[1];
  const agency = domain ? agencyFromRaw(domain) : null;
  return agency?.name ?? nonEmpty(name) ?? nonEmpty(first.address);
}

/**
 * A mailing list that re-sends a message under its own address writes the author as `Karolin Seeger via
 * samba-technical` (Mailman) or `'Jane Doe' via Press Group` (Google Groups): the author is the name before `via`,
 * when the address is the list's (its name in the address, or a lists./googlegroups domain).
 */
function withoutListRelay(name: string, address: string): string {
  const m = /^\s*['"]?(.+?)['"]?\s+via\s+(.+?)\s*$/u.exec(name);
  if (!m) return name;
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  const author = m[1] ?? name;
  const list = squash(m[2] ?? '');
  const isList = (list !== '' && (squash(local).includes(list) || list.includes(squash(local)))) || /(?:^|\.)lists?\.|(?:^|\.)googlegroups\.com$/u.test(domain);
  return isList ? author : name;
}

/**
 * Copy forwarded inline: the mail client's separator, then a block of header lines (From:, Date:, Subject:, To:),
 * then the forwarded message. Everything before the last separator is the forwarder's note; quoting marks ("> ")
 * on every line of the forwarded message are removed.
 */
const FORWARD_MARK = /^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Videresendt melding|Vidarebefordrat meddelande)\s*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié :|_{10,})[ \t]*$/gimu;
/**
 * Outlook forwards with no words to say so: the forwarded message's own header block (From:, then Sent: or Date:)
 * stands in the body under the forwarder's note, at most after a rule of underscores (in FORWARD_MARK); from HTML
 * mail its fields come a paragraph each (a blank line between them).
 */
const FORWARD_BLOCK = /^[ \t>]*(?:From|Von|De|Fra|Från)\s*:[^\n]*\n(?:[ \t]*\n)?[ \t>]*(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Sendt|Skickat)\s*:/gimu;
const FORWARD_FIELD = /^[ \t>]*(?:From|Von|De|Fra|Från|Date|Datum|Sent|Gesendet|Envoyé|Enviado|Sendt|Skickat|To|An|À|Para|Til|Till|Cc|Subject|Betreff|Objet|Asunto|Emne|Ämne|Reply-To)\s*:/iu;
const SUBJECT_FIELD = /^[ \t>]*(?:Subject|Betreff|Objet|Asunto|Emne|Ämne)\s*:\s*(.*)$/iu;
const FROM_FIELD = /^[ \t>]*(?:From|Von|De|Fra|Från)\s*:\s*(.*)$/iu;

interface Unwrapped {
  readonly body: string;
  readonly subject?: string;
  /** Who sent the forwarded message (its From field), as the mail's own From is read. */
  readonly sender?: string;
  /** What the forwarder wrote above it. */
  readonly note?: string;
}

function unwrapForward(text: string): Unwrapped | null {
  const mark = [...text.matchAll(FORWARD_MARK)].at(-1);
  // The header block alone stands for the mark when no mark comes after it.
  const block = [...text.matchAll(FORWARD_BLOCK)].at(-1);
  const markEnd = mark ? (mark.index ?? 0) + mark[0].length : -1;
  const useBlock = block !== undefined && (block.index ?? 0) > markEnd;
  if (!mark && !useBlock) return null;
  const start = useBlock ? (block?.index ?? 0) : (mark?.index ?? 0);
  const lines = text.slice(useBlock ? start : markEnd).split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  let subject: string | undefined;
  let from: string | undefined;
  let fields = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FORWARD_FIELD.test(line)) {
      fields++;
      subject = SUBJECT_FIELD.exec(line)?.[1]?.trim() ?? subject;
      from = FROM_FIELD.exec(line)?.[1]?.trim() ?? from;
    } else if (fields > 0 && (/^[ \t]+\S/u.test(line) || line.trim() === '')) continue; // folded, or HTML's <br> breaks
    else break;
  }
  if (fields === 0) return null;
  const rest = lines.slice(i);
  const quoted = rest.filter((l) => l.trim() !== '').every((l) => /^\s*>/u.test(l));
  const body = (quoted ? rest.map((l) => l.replace(/^\s*> ?/u, '')) : rest).join('\n');
  const note = nonEmpty(text.slice(0, start).replace(/^[ \t>]*(?:-{2,}[^\n]*-{2,}|_{10,})[ \t]*$/gmu, '').replace(/\s+/gu, ' ').trim());
  const sender = from ? senderName(decodeWords(from)) : undefined;
  return { body, ...(subject ? { subject: decodeWords(subject) } : {}), ...(sender ? { sender } : {}), ...(note ? { note } : {}) };
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
  if (!textual) {
    // A story sent as a Word file under a covering note: its paragraphs, as a .docx import reads them.
    if (type.includes('wordprocessingml') || /\.docx$/iu.test(filename ?? '')) {
      const word = wordAttachment(part);
      if (word) out.push({ ...word, html: false, attachment: filename ?? 'attachment.docx' });
    }
    return;
  }
  const text = decodeBody(part);
  out.push({ text, html: type.startsWith('text/html') || /\.html?$/iu.test(filename ?? ''), attachment });
}

/** A .docx part's paragraphs as text (blank-line separated) and its title; null when it is not a readable .docx. */
function wordAttachment(part: Part): { text: string; headline?: string } | null {
  const cte = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  if (cte !== 'base64') return null;
  const docx = readDocx(base64Bytes(part.body), DEFAULT_MAX_BYTES);
  if (!docx.ok) return null;
  const draft = parseDocxPackage(docx.text);
  if (draft.blocks.length === 0) return null;
  const headline = draft.meta.headline;
  return { text: draft.blocks.join('\n\n'), ...(headline ? { headline } : {}) };
}

/** A base64 body's bytes, its line breaks and any stray characters skipped. */
function base64Bytes(body: string): Buffer {
  return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function decodeBody(part: Part): string {
  const cte = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase().trim();
  const charset = param(part.headers.get('content-type') ?? '', 'charset');
  const text =
    cte === 'base64'
      ? decodeCharset(base64Bytes(part.body), charset)
      : cte === 'quoted-printable'
        ? decodeCharset(quotedPrintable(part.body), charset)
        : part.body;
  const type = part.headers.get('content-type') ?? '';
  return /^text\/plain/iu.test(type) && param(type, 'format')?.toLowerCase() === 'flowed' ? unflow(text, param(type, 'delsp')?.toLowerCase() === 'yes') : text;
}

/**
 * RFC 3676 format=flowed: a line ending in a space is continued by the next (the mailer wrapped it), a line
 * opening with a space was space-stuffed, and `-- ` stays a signature mark. With DelSp=yes the wrapping space
 * itself goes.
 */
function unflow(text: string, delsp: boolean): string {
  const out: string[] = [];
  let open = false;
  for (const raw of text.split('\n')) {
    const line = raw.startsWith(' ') ? raw.slice(1) : raw;
    const soft = line.endsWith(' ') && line !== '-- ';
    const piece = soft && delsp ? line.slice(0, -1) : line;
    if (open) out[out.length - 1] += piece;
    else out.push(piece);
    open = soft;
  }
  return out.join('\n');
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

/** RFC 2047 encoded words (`=?charset?B?…?=`, `=?charset?Q?…?=`), by postal-mime's decoder. */
export function decodeWords(value: string): string {
  try {
    return decodeMimeWords(value);
  } catch {
    return value;
  }
}
