import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the library lives for the CLI and the HTTP host: --data DIR, else $COPYDESK_DATA, else the same folder
 * the Electron app uses (its userData, ~/.config/Copydesk on Linux) plus /library.
 */
export function resolveDataDir(flagValue: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flagValue) return resolve(flagValue);
  if (env.COPYDESK_DATA) return resolve(env.COPYDESK_DATA);
  return join(defaultUserData(env), 'library');
}

function defaultUserData(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Copydesk');
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Copydesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Copydesk');
}
