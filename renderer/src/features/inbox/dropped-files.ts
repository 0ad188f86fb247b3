/**
 * The files of a drop, folders included: a dropped folder arrives as a directory entry, walked here recursively
 * (hidden files skipped, as on the service side). Where entries are not available the plain file list is used.
 */
function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    out.push(await fileOf(entry as FileSystemFileEntry));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in chunks until an empty one.
  for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
    for (const child of chunk) await walk(child, out);
  }
}

export async function droppedFiles(transfer: DataTransfer | null): Promise<File[]> {
  if (!transfer) return [];
  const entries = Array.from(transfer.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null) || !entries.some((e) => e?.isDirectory)) {
    return Array.from(transfer.files ?? []);
  }
  const out: File[] = [];
  for (const entry of entries) if (entry) await walk(entry, out);
  return out;
}
