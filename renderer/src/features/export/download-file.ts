import type { ExportedFile } from '../../../../electron/api/contract';

/** Saves one exported file through the browser's download, under the file's own name and media type. */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy of the blob once click() returns; the delay is for slower engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
