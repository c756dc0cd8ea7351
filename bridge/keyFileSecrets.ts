import { chmodSync, closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { SecretBox } from '../db/platform/services';

/** In the data folder, next to the database and outside the backups folder: a backup holds only sealed text. */
export const KEY_FILE = 'wijkhuis-sleutel.key';
const PREFIX = 'v1:';

/** The key, made once with mode 0600 (only this user may read it); a file that became wider is narrowed again. */
function loadKey(file: string): Buffer {
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(32).toString('base64'));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} is geen geldig sleutelbestand (verwacht 32 bytes).`);
  return key;
}

/**
 * The preview's secret store (there is no operating-system key store in a browser): AES-256-GCM with a key in a
 * file in the data folder. The key is read at the first use, so a house that never stores a password has no file.
 */
export function keyFileSecrets(dataDir: string): SecretBox {
  const file = join(dataDir, KEY_FILE);
  let key: Buffer | null = null;
  const theKey = () => (key ??= loadKey(file));
  return {
    where: `sleutelbestand ${KEY_FILE} in de gegevensmap`,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new Error('Niet versleuteld met een sleutelbestand.');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', theKey(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
