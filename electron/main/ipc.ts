/**
 * Registers every contract method on IPC. The sender frame is checked first: only the app's own page may call.
 * Export in the window asks for a folder with the native dialog and writes the files there; so does choosing the
 * hot folder with `pick: true`.
 */
import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, parseArgs, type CopydeskApi, type Envelope } from '../api/contract.js';
import { apiWhenOpen } from '../api/api-when-open.js';
import { dispatch } from '../api/dispatch.js';
import type { CopydeskService } from '../desk/service.js';
import { CopydeskError, errorMessage } from '../domain/errors.js';

/**
 * `opening` is the service as it opens: a call waits for it (api-when-open.ts), but for those `early` answers
 * before it is ready (the inbox's first page, from library-front.ts), so the window can open with the library.
 */
export function registerIpc(opening: Promise<CopydeskService>, early: Partial<CopydeskApi>, appUrl: string, window: () => BrowserWindow | null): void {
  const folders = new FolderMemory();
  const api = apiWhenOpen(opening, early);
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`copydesk:${method}`, async (event: IpcMainInvokeEvent, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, appUrl)) {
        return { ok: false, error: { code: 'validation', message: 'Refused: the request did not come from Copydesk' } };
      }
      if (method === 'exportArticles' || method === 'setHotFolder') {
        let service: CopydeskService;
        try {
          service = await opening;
        } catch {
          // The library did not open: the call meets that error as every other call does.
          return dispatch(api, method, args);
        }
        return method === 'exportArticles' ? exportWithDialog(service, args, window(), folders) : hotFolderWithDialog(service, args, window());
      }
      return dispatch(api, method, args);
    });
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === appUrl || url.startsWith(`${appUrl}#`);
}

/** The folder the last dialog of a batch chose: the renderer's later calls of the same batch (`sameFolder`) reuse it. */
class FolderMemory {
  last: string | null = null;
}

async function exportWithDialog(
  service: CopydeskService,
  raw: unknown,
  win: BrowserWindow | null,
  folders: FolderMemory,
): Promise<Envelope<unknown>> {
  try {
    const args = parseArgs('exportArticles', raw);
    let dir = args.sameFolder ? folders.last : null;
    if (dir === null) {
      const preset = args.preset ? (await service.listPresets()).find((p) => p.name === args.preset) : undefined;
      const options = {
        title: 'Export stories to…',
        ...(preset?.outputFolder ? { defaultPath: preset.outputFolder } : {}),
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      dir = choice.canceled ? null : (choice.filePaths[0] ?? null);
      folders.last = dir;
    }
    if (dir === null) return { ok: true, value: { files: [], errors: [], blocked: [], writtenTo: null } };
    return { ok: true, value: await service.exportTo(args, dir) };
  } catch (err) {
    const code = err instanceof CopydeskError ? err.code : 'io';
    return { ok: false, error: { code, message: errorMessage(err) } };
  }
}

async function hotFolderWithDialog(service: CopydeskService, raw: unknown, win: BrowserWindow | null): Promise<Envelope<unknown>> {
  try {
    const args = parseArgs('setHotFolder', raw);
    if (!args.pick) return dispatch(service, 'setHotFolder', args);
    const options = { title: 'Watch this folder for wire copy', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const dir = choice.filePaths[0];
    if (choice.canceled || !dir) return { ok: true, value: await service.getHotFolder({}) };
    // Chosen in the dialog: the user's own folder for this run.
    service.folders.allow(dir);
    return { ok: true, value: await service.setHotFolder({ path: dir }) };
  } catch (err) {
    const code = err instanceof CopydeskError ? err.code : 'io';
    return { ok: false, error: { code, message: errorMessage(err) } };
  }
}
