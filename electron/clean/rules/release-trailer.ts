import type { CleaningRule } from '../rule.js';
import { wholeBlock, type Edit } from '../working-copy.js';

/**
 * What a press-release wire appends for its own service, not the release's copy:
 *  - its distribution notices, wherever they stand: "This press release features multimedia. View the full release
 *    here: URL", "View source version on businesswire.com: URL";
 *  - its trailer at the end, read from the last block back: the indexing lines (`KEYWORD:`, `INDUSTRY KEYWORD:`,
 *    `SUBJECT CODE:`), its copyright line (`Copyright Business Wire 2024.`), the posting stamp
 *    (`PUB: 12/05/2024 06:00 AM/DISC: 12/05/2024 06:01 AM`) and a bare link to the release;
 *  - a list of attachments or pictures closing a release (`Attachments`, `Liitteet`, `Bilagor`, `Anhänge`, `Images`,
 *    `Pääkuva` …, then only file names or links): the files are not in the copy.
 * A contact block stays: it is the release's own.
 */
const NOTICE = /^(?:this (?:press )?release features multimedia\.?\s*view the full release here:?|view (?:the )?source version on [\w.-]+\.\w{2,}:?)(?:\s*(?:https?:\/\/|www\.)\S*)?\s*$/iu;
const TRAILER: readonly RegExp[] = [
  /^(?:industry |subject |language |state |country )?keywords?:\s/iu,
  /^subject codes?:\s/iu,
  /^copyright (?:business wire|globe ?newswire|pr ?newswire|marketwired?|accesswire|newsfile)\b[\s\S]{0,20}$/iu,
  /^pub:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\b[\s\S]{0,60}$/iu,
  /^(?:https?:\/\/|www\.)\S+$/iu,
];
const ATTACHMENTS = new RegExp(
  '^(?:attachments?|attached files?|liitteet|liite|bilagor|bilaga|vedlegg|bilag|anhänge|anhang|anlagen|pièces? jointes?|allegati|adjuntos|anexos|bijlagen?|załączniki' +
    // The release's pictures, listed as links the same way (`Pääkuva:` and the image's address, STT's release service).
    '|(?:main |press |high-resolution )?(?:images?|photos?|pictures?)|pääkuva|kuvat?|lehdistökuvat|huvudbild|pressbilder|pressebilder|bilder|fotos?|immagini|afbeeldingen)\\s*:?$',
  'iu',
);
const FILE_OR_LINK = /^(?:\S.{0,150}\.(?:pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif|tiff?|mp4|mp3|txt|csv)|(?:https?:\/\/|www\.)\S+)$/iu;

export const releaseTrailer: CleaningRule = {
  id: 'release-trailer',
  explanation: "Removed the release wire's notices, trailer or attachment list (not the release's copy)",
  propose: (copy) => {
    const n = copy.blocks.length;
    const gone = new Set<number>();
    const text = (i: number) => (copy.blocks[i]?.text ?? '').trim();
    // An attachment list: its heading, then nothing but files or links to the end.
    for (let i = n - 2; i >= 1; i--) {
      if (!ATTACHMENTS.test(text(i))) continue;
      const rest = Array.from({ length: n - i - 1 }, (_, k) => text(i + 1 + k)).filter(Boolean);
      if (rest.length > 0 && rest.every((t) => FILE_OR_LINK.test(t))) for (let k = i; k < n; k++) gone.add(k);
      break;
    }
    let end = n - 1;
    while (end >= 0 && gone.has(end)) end--;
    // The trailer, from the end back, while each block is one of its lines.
    for (let i = end; i >= 1; i--) {
      const t = text(i);
      if (t === '') continue;
      if (!TRAILER.some((re) => re.test(t))) break;
      gone.add(i);
    }
    copy.blocks.forEach((_, i) => { if (i >= 1 && NOTICE.test(text(i))) gone.add(i); });
    // The first block always stays (every loop above starts at the second): never the whole story.
    const edits: Edit[] = [...gone].sort((a, b) => a - b).map((i) => wholeBlock(copy, i));
    return edits;
  },
};
