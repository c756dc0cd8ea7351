import { describe, expect, it } from 'vitest';
import type { SafeStorage } from 'electron';
import { safeStorageSecrets } from '../../../electron/secrets';

/** Electron's safeStorage as far as the app uses it; "encrypts" by reversing, enough to see the text change hands. */
function fakeSafeStorage(available: boolean, backend = 'gnome_libsecret'): SafeStorage {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain: string) => Buffer.from([...plain].reverse().join(''), 'utf8'),
    decryptString: (sealed: Buffer) => [...sealed.toString('utf8')].reverse().join(''),
  } as unknown as SafeStorage;
}

describe('the app secret store (safeStorage)', () => {
  it('seals and opens the mail password through the operating system', () => {
    const box = safeStorageSecrets(fakeSafeStorage(true), 'win32')!;
    expect(box.where).toMatch(/Windows/);
    const sealed = box.seal('geheim-wachtwoord');
    expect(sealed).not.toContain('geheim-wachtwoord');
    expect(box.open(sealed)).toBe('geheim-wachtwoord');
    expect(() => box.open('v1:iets-anders')).toThrow();
  });

  it('offers no store where the system has none, or only the fixed-key basic_text of Linux', () => {
    expect(safeStorageSecrets(undefined, 'linux')).toBeUndefined();
    expect(safeStorageSecrets(fakeSafeStorage(false), 'darwin')).toBeUndefined();
    expect(safeStorageSecrets(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeUndefined();
    expect(safeStorageSecrets(fakeSafeStorage(true, 'kwallet5'), 'linux')?.where).toMatch(/sleutelbos/);
  });
});
