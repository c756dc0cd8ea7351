import { testClock } from '../clock';
import { openHouse } from '../../db/house';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ok, setUp, tempDir } from '../helpers';

/** Overwrites 64 kB in the middle of the file with noise, as a failing disk sector would. */
export function damage(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64 * 1024, 0x5a), 0, 64 * 1024, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
}

/** A demo house with one manual backup, closed, its database then damaged. */
export async function brokenHouse(): Promise<{ dataDir: string; backup: string }> {
  const dataDir = tempDir();
  const setup = await openHouse({ dataDir, clock: testClock() });
  const token = await setUp(setup, true);
  const backup = (await ok(setup, token, 'backups.create')).name as string;
  await ok(setup, token, 'rooms.create', { name: 'Na de back-up' });
  setup.close();
  damage(join(dataDir, 'wijkhuis.sqlite'));
  return { dataDir, backup };
}
