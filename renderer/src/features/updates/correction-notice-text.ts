import type { StoryCorrection } from '../../../../electron/api/contract';

/** "12:04" in the editor's own time zone; a date is added when the export was not today. */
export function exportTime(at: string, now = new Date()): string {
  const d = new Date(at);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return d.toDateString() === now.toDateString() ? time : `${d.toISOString().slice(0, 10)} ${time}`;
}

/** The last part of a path, so a notice stays one line: "/home/desk/out/story.html" → "…/story.html". */
function shortPath(folder: string | null, fileName: string): string {
  return folder ? `…/${fileName}` : `${fileName} (download)`;
}

/**
 * The notice's sentence: "Correction of version 1, exported 12:04 to …/story.html: ¶3 'five' → 'fifty'". Every
 * earlier export is named, since each copy that went out needs the correction.
 */
export function correctionNoticeText(c: StoryCorrection, time: (at: string) => string = (at) => exportTime(at)): string {
  const exports = c.exported.map((e) => `${e.version === c.of.version ? '' : `${e.version} `}exported ${time(e.at)} to ${shortPath(e.folder, e.fileName)}`);
  const where = exports.length > 0 ? `, ${exports.join(', ')}` : ', not exported before';
  return `Correction of ${c.of.version}${where}: ${c.summary}`;
}
