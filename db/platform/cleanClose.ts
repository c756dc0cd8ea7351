/**
 * The note a clean close leaves (`wijkhuis.sqlite.afgesloten.json`), so the next start may skip the full
 * quick_check of a file nobody touched since.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

const CLEAN_CLOSE_SUFFIX = '.afgesloten.json';
const CHECK_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The full quick_check reads every page: seconds on years of data. It is skipped when the file was
 * closed cleanly by Wijkhuis, nobody changed it since (same size and modification time to the millisecond, no -wal),
 * and the last full check is less than a week old. The note is removed before opening, so after a
 * crash or power cut the next start always checks. Returns when the last full check ran, or null.
 */
export function takeCleanClose(dbFile: string, nowMs: number): string | null {
  const marker = dbFile + CLEAN_CLOSE_SUFFIX;
  if (!existsSync(marker)) return null;
  try {
    const note = JSON.parse(readFileSync(marker, 'utf8')) as {
      size?: unknown;
      mtimeMs?: unknown;
      checkedAt?: unknown;
    };
    rmSync(marker, { force: true });
    const file = statSync(dbFile);
    const untouched =
      note.size === file.size && note.mtimeMs === Math.trunc(file.mtimeMs) && !existsSync(`${dbFile}-wal`);
    const recent = typeof note.checkedAt === 'string' && nowMs - Date.parse(note.checkedAt) < CHECK_EVERY_MS;
    return untouched && recent ? (note.checkedAt as string) : null;
  } catch {
    rmSync(marker, { force: true });
    return null;
  }
}

/** Writes the clean-close note (see takeCleanClose) once the database is closed and its -wal folded in. */
export function noteCleanClose(dbFile: string, checkedAt: string): void {
  if (existsSync(`${dbFile}-wal`)) return;
  try {
    const file = statSync(dbFile);
    writeFileSync(
      dbFile + CLEAN_CLOSE_SUFFIX,
      JSON.stringify({ size: file.size, mtimeMs: Math.trunc(file.mtimeMs), checkedAt }),
    );
  } catch {
    // Without the note the next start simply checks the whole file.
  }
}
