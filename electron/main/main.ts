/** The Electron shell: one hardened window over the same service the CLI and the HTTP host use. */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { BuildPool } from '../desk/build-pool.js';
import { CopydeskService } from '../desk/service.js';
import { errorMessage } from '../domain/errors.js';
import { ArticleStore } from '../store/article-store.js';
import { DeskStore } from '../store/desk-store.js';
import { LibraryLock } from '../store/library-lock.js';
import { LibraryFront } from '../desk/library-front.js';
import { APP_URL, registerAppScheme, serveAppScheme } from './app-scheme.js';
import { registerIpc } from './ipc.js';
import { keychainCredentials } from './keychain-credentials.js';
import { hardenApp, hardenSession, secureWebPreferences } from './security.js';

const rendererDir = join(__dirname, '..', 'renderer');
/** Unpacked beside the asar archive when packaged (build/electron-builder.yml: asarUnpack). */
const buildWorkerPath = join(__dirname, 'build-worker.cjs').replace(/app\.asar([\\/])/u, 'app.asar.unpacked$1');
const appUrl = APP_URL;
let mainWindow: BrowserWindow | null = null;

app.setName('Copydesk');
registerAppScheme();
hardenApp(() => appUrl);

// One app per user: a second launch brings the first window forward instead of opening the library again.
const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.quit();
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Copydesk',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '..', 'preload', 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveAppScheme(rendererDir);
  const dataDir = process.env.COPYDESK_DATA ?? join(app.getPath('userData'), 'library');
  const cannotOpen = (err: unknown): void => {
    dialog.showErrorBox('Copydesk cannot open the library', errorMessage(err));
    app.quit();
  };
  try {
    // One writing process per library: a `copydesk serve` holding it is named in the message. Claimed before
    // anything is read, so a library another process holds shows nothing; the store's own open finds it held here.
    await LibraryLock.acquire(dataDir);
  } catch (err) {
    cannotOpen(err);
    return;
  }
  // As `copydesk serve` does (library-front.ts): the inbox's first page is answered from the search records and the
  // fingerprint and kill indexes, read first; the store's own index loads after them, the search's words after it.
  const { front, store: storeOpening } = LibraryFront.openAhead(dataDir, () => ArticleStore.open(dataDir));
  const opening = (async () =>
    new CopydeskService(await storeOpening, {
      desk: await DeskStore.open(dataDir),
      buildPool: BuildPool.start(buildWorkerPath),
      credentials: keychainCredentials(dataDir),
      front,
    }))();
  opening.catch(cannotOpen);
  registerIpc(opening, { searchArticles: (args) => front.searchPage(args, new Date()) }, appUrl, () => mainWindow);
  void opening.then((service) => {
    // The hot folder runs in the main process, as long as the app does.
    void service.resumeHotFolder();
    // So does the publish queue: what an unreachable site could not take is retried with backoff.
    void service.resumePublishQueue();
    // The indexes load while the window opens, not after its first call (see warmUp).
    void service.warmUp().catch(() => undefined);
    app.once('before-quit', () => void service.close());
  }, () => undefined);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

if (firstInstance) void app.whenReady().then(start);
