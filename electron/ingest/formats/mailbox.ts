/**
 * A mailbox file (mbox, RFC 4155) → its messages. A desk's mail client exports a folder this way, and a message
 * saved from one keeps its envelope line: each message opens with a "From " line (the sender and the time it
 * arrived, in asctime form) before its header block. Lines of a body that began with "From " were quoted as
 * ">From " (and in the mboxrd variant, ">From " as ">>From "), so one ">" is taken off each such line.
 *
 * The envelope line is the mailbox's, not the message's: it is dropped, and each message is read as an e-mail
 * (email.ts). A file without one is a single message, read whole.
 */

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** `From sender Mon Mar  2 10:00:00 2026`, maybe with a zone before or after the year (`+0000`, `UTC`). */
const ENVELOPE = new RegExp(`^From \\S+ +${DAY} +${MONTH} +\\d{1,2} +\\d{1,2}:\\d{2}(?::\\d{2})?(?: +[A-Z]{1,5}| +[+-]\\d{4})? +\\d{4}(?: +[+-]\\d{4})? *$`, 'u');

/** True when the text opens as a mailbox does: an envelope line, then a header field. */
export function opensMailbox(text: string): boolean {
  const [first = '', second = ''] = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 2);
  return ENVELOPE.test(first) && /^[!-9;-~]+:/u.test(second);
}

/** The text after the mailbox's envelope line, when it opens with one (for the format's detection). */
export function withoutEnvelope(text: string): string {
  return opensMailbox(text) ? text.replace(/^\uFEFF?[^\n]*\n/u, '') : text;
}

/**
 * The messages of a mailbox, each without its envelope line and with its quoted "From " lines restored; a text
 * that is not a mailbox is one message, as it is. A new message starts only at an envelope line that follows an
 * empty line (or opens the file) and is itself followed by a header field: a body's own "From …" line is not one.
 */
export function mailboxMessages(text: string): string[] {
  const lf = text.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
  if (!opensMailbox(lf)) return [text];
  const lines = lf.split('\n');
  const messages: string[][] = [];
  for (const [i, line] of lines.entries()) {
    if (ENVELOPE.test(line) && (i === 0 || lines[i - 1] === '') && /^[!-9;-~]+:/u.test(lines[i + 1] ?? '')) {
      messages.push([]);
      continue;
    }
    messages.at(-1)?.push(line.replace(/^>(>*From )/u, '$1'));
  }
  return messages.map((m) => `${m.join('\n').replace(/\n+$/u, '')}\n`).filter((m) => m.trim() !== '');
}
