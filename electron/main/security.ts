/**
 * All of the window's hardening in one place (Electron's security checklist): context isolation, sandbox, no
 * Node in the renderer, no new windows, no navigation away from the app, no webviews, every permission request
 * denied, and links opened in the user's browser only when they parse as http(s).
 */
import { app, shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';

export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Off: Chromium's spell checker downloads its dictionaries from Google (the app works offline).
    spellcheck: false,
  };
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Only a URL that parses as http(s) is handed to the system browser. */
export function openExternalSafely(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') void shell.openExternal(url.toString());
}

export function hardenApp(appUrlFor: () => string): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrlFor()));
}
