/**
 * The desktop app's publish passwords, encrypted with the OS keychain through Electron's safeStorage (macOS
 * Keychain, Windows DPAPI, libsecret/kwallet on Linux) before they reach the library's credentials file. Main
 * process only: the renderer can store a password (savePublishPassword) but never read one back.
 */
import { safeStorage } from 'electron';
import { CopydeskError } from '../domain/errors.js';
import { FileCredentialStore } from '../publish/credentials.js';

const PREFIX = 'safeStorage:';

export function keychainCredentials(dataDir: string): FileCredentialStore {
  return new FileCredentialStore(dataDir, {
    encode(text: string): string {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new CopydeskError('io', 'The system keychain is not available, so the password cannot be stored safely');
      }
      return PREFIX + safeStorage.encryptString(text).toString('base64');
    },
    decode(stored: string): string {
      if (!stored.startsWith(PREFIX)) throw new CopydeskError('io', 'A stored publish password is not encrypted: save it again in the app');
      return safeStorage.decryptString(Buffer.from(stored.slice(PREFIX.length), 'base64'));
    },
  });
}
