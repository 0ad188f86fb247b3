/**
 * Document formats a desk is sent that Copydesk does not read, named by their signature so the refusal says what
 * the file is and what to do, instead of "binary" — or, for RTF, which is text, instead of a story made of its
 * control words.
 */

interface Known {
  readonly test: (bytes: Uint8Array) => boolean;
  readonly reason: string;
}

const starts = (sig: readonly number[]) => (b: Uint8Array) => sig.every((v, i) => b[i] === v);

const KNOWN: readonly Known[] = [
  {
    // The OLE compound file (CFB) of Office before 2007 and of Outlook's saved messages.
    test: starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    reason: 'an Office file in the old binary format (an Outlook .msg message, a Word .doc, an Excel .xls), which Copydesk does not read: save the message as .eml or the document as .docx',
  },
  { test: starts([0x25, 0x50, 0x44, 0x46, 0x2d]), reason: 'a PDF document, which Copydesk does not read: save or copy its text (or a .docx) to import it' },
  {
    // {\rtf — after a UTF-8 byte-order mark or not.
    test: (b) => starts([0x7b, 0x5c, 0x72, 0x74, 0x66])(starts([0xef, 0xbb, 0xbf])(b) ? b.subarray(3) : b),
    reason: 'an RTF document, which Copydesk does not read: save it as .docx or plain text to import it',
  },
  { test: starts([0xff, 0xd8, 0xff]), reason: 'a JPEG image, which holds no story text' },
  { test: starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), reason: 'a PNG image, which holds no story text' },
  { test: (b) => starts([0x47, 0x49, 0x46, 0x38])(b) && (b[4] === 0x37 || b[4] === 0x39), reason: 'a GIF image, which holds no story text' },
];

/** Why a file of a known document format is not imported, or null for anything else. */
export function knownDocumentReason(bytes: Uint8Array): string | null {
  return KNOWN.find((k) => k.test(bytes))?.reason ?? null;
}
