import type { SafeStorage } from 'electron';
import type { SecretBox } from '../db/platform/services';

const PREFIX = 'safe:';

/**
 * The app's secret store: Electron's safeStorage (Windows DPAPI, the macOS keychain, the Linux keyring). Where the
 * operating system offers none (a Linux session without a keyring), there is no store: the settings screen says so
 * and a password is refused rather than kept readable.
 */
export function safeStorageSecrets(
  safeStorage: SafeStorage | undefined,
  platform: NodeJS.Platform,
): SecretBox | undefined {
  if (!safeStorage?.isEncryptionAvailable()) return undefined;
  // basic_text is a fixed key in Chromium's source: no better than readable text.
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  const where =
    platform === 'win32'
      ? 'Windows-gegevensbeveiliging (DPAPI)'
      : platform === 'darwin'
        ? 'macOS-sleutelhanger'
        : 'sleutelbos van het bureaublad';
  return {
    where,
    seal: (plain) => PREFIX + safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => {
      if (!sealed.startsWith(PREFIX)) throw new Error('Niet versleuteld met safeStorage.');
      return safeStorage.decryptString(Buffer.from(sealed.slice(PREFIX.length), 'base64'));
    },
  };
}
