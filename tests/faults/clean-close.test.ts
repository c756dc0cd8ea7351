import { testClock } from '../clock';
/**
 * The full check at start is skipped only for a file that Wijkhuis closed cleanly, that nobody changed
 * since, and whose last full check is less than a week old; otherwise a damaged file is still caught.
 */
import { openHouse } from '../../db/house';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setUp, tempDir } from '../helpers';
import { brokenHouse } from './broken-house';

interface Note {
  size: number;
  mtimeMs: number;
  checkedAt: string;
}

/** A house closed cleanly: the note beside its database, and when the check that opened it ran. */
async function closedHouse(): Promise<{ dataDir: string; note: string; recorded: Note }> {
  const dataDir = tempDir();
  const core = await openHouse({ dataDir, clock: testClock() });
  await setUp(core, false);
  core.close();
  const note = join(dataDir, 'wijkhuis.sqlite.afgesloten.json');
  return { dataDir, note, recorded: JSON.parse(readFileSync(note, 'utf8')) as Note };
}

describe('the check at start', () => {
  it('is skipped after a clean close of an untouched file; the note is used once, so a crash after it means a check', async () => {
    const { dataDir, note, recorded } = await closedHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    expect(core.state.mode).toBe('normal');
    expect(core.checkedAt).toBe(recorded.checkedAt);
    expect(existsSync(note)).toBe(false);
    core.db.close(); // gone without closing the core, as in a crash: no note
    const next = await openHouse({ dataDir, clock: testClock() });
    expect(next.checkedAt).not.toBe(recorded.checkedAt);
    next.close();
  });

  it('runs when the last full check is a week old, or the note cannot be read', async () => {
    for (const write of [
      (r: Note) => JSON.stringify({ ...r, checkedAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() }),
      () => '{niet af',
    ]) {
      const { dataDir, note, recorded } = await closedHouse();
      writeFileSync(note, write(recorded));
      const core = await openHouse({ dataDir, clock: testClock() });
      expect(core.state.mode).toBe('normal');
      expect(core.checkedAt).not.toBe(recorded.checkedAt);
      core.close();
    }
  });

  it('runs when the file was changed after closing, and finds the damage', async () => {
    const { dataDir } = await brokenHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    expect(core.state).toMatchObject({ mode: 'recovery', reason: expect.stringContaining('beschadigd') });
    core.close();
  });

  it('still gives the recovery screen when damage it skipped is met while opening', async () => {
    const { dataDir } = await brokenHouse();
    const file = join(dataDir, 'wijkhuis.sqlite');
    const note = `${file}.afgesloten.json`;
    // Damage that keeps size and modification time, as a failing disk sector would.
    const recorded = JSON.parse(readFileSync(note, 'utf8')) as Note;
    utimesSync(file, new Date(), (recorded.mtimeMs + 0.5) / 1000);
    expect(Math.trunc(statSync(file).mtimeMs)).toBe(recorded.mtimeMs);
    const core = await openHouse({ dataDir, clock: testClock() });
    expect(core.state).toMatchObject({ mode: 'recovery', reason: expect.stringContaining('beschadigd') });
    core.close();
  });
});
