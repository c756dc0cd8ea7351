import {
  closeSync,
  utimesSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';
import { fileStamp, type Clock } from './clock';
import { ApiError, toApiError } from './errors';
import { msg } from './messages';

export type BackupKind = 'auto' | 'handmatig' | 'voor-terugzetten' | 'voor-update';

export interface BackupFile {
  name: string;
  kind: BackupKind | 'anders';
  size: number;
  createdAt: string;
}

const KINDS: BackupKind[] = ['auto', 'handmatig', 'voor-terugzetten', 'voor-update'];

/** The last backup that failed (disk full, folder gone), until one succeeds again: shown to the beheerder. */
export interface BackupFailure {
  at: string;
  kind: BackupKind;
  message: string;
}

const CHUNK_BYTES = 256 * 1024;

/** The system's own error code (ENOSPC, EEXIST …) for the beheerder to pass on; the sentence around it is Dutch. */
function detailOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Copies a file and flushes it to disk before returning, so a rename that follows can never expose
 * a file whose content is still in the operating system's cache when the power goes.
 * `afterChunk` lets fault-injection tests interrupt the copy half-way.
 */
export function copyDurably(source: string, target: string, afterChunk?: (copied: number) => void): void {
  const input = openSync(source, 'r');
  const output = openSync(target, 'w');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let copied = 0;
    for (let n; (n = readSync(input, buffer, 0, CHUNK_BYTES, copied)) > 0;) {
      writeSync(output, buffer, 0, n, copied);
      copied += n;
      afterChunk?.(copied);
    }
    fsyncSync(output);
  } finally {
    closeSync(output);
    closeSync(input);
  }
}

/** Makes a rename in this folder durable. Windows cannot open a folder for this and journals renames itself. */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The backup folder: consistent copies made with SQLite's online backup, automatic ones rotated. */
export class Backups {
  failure: BackupFailure | null = null;

  constructor(
    readonly dir: string,
    private readonly db: () => Db,
    private readonly keep: () => number,
    private readonly clock: Clock,
  ) {}

  list(): BackupFile[] {
    let names: string[];
    try {
      mkdirSync(this.dir, { recursive: true });
      names = readdirSync(this.dir);
    } catch (error) {
      throw new ApiError(
        'UNAVAILABLE',
        msg(
          `De back-upmap ${this.dir} is niet te gebruiken (${detailOf(error)}). Controleer of de map bestaat en of Wijkhuis erin mag schrijven.`,
          `The backup folder ${this.dir} cannot be used (${detailOf(error)}). Check that the folder exists and that Wijkhuis may write in it.`,
        ),
      );
    }
    return names
      .filter((f) => f.endsWith('.sqlite'))
      .map((name) => {
        const st = statSync(join(this.dir, name));
        return {
          name,
          kind: KINDS.find((k) => name.startsWith(`${k}-`)) ?? 'anders',
          size: st.size,
          createdAt: st.mtime.toISOString(),
        } satisfies BackupFile;
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  /** Makes a backup; a failure is remembered for the backups page and thrown with a message in both languages. */
  async create(kind: BackupKind): Promise<BackupFile> {
    try {
      const made = await this.write(kind);
      this.failure = null;
      return made;
    } catch (error) {
      const apiError = toApiError(error);
      const message =
        apiError.code === 'INTERNAL'
          ? msg(
              `De back-up kon niet worden geschreven (${detailOf(error)}).`,
              `The backup could not be written (${detailOf(error)}).`,
            )
          : apiError.message;
      this.recordFailure(kind, message);
      throw new ApiError('UNAVAILABLE', message);
    }
  }

  private async write(kind: BackupKind): Promise<BackupFile> {
    mkdirSync(this.dir, { recursive: true });
    let name = `${kind}-${fileStamp(this.clock.now())}.sqlite`;
    for (let i = 2; this.list().some((b) => b.name === name); i++)
      name = `${kind}-${fileStamp(this.clock.now())}-${i}.sqlite`;
    // Written under a temporary name first, so an interrupted backup never looks like a good one.
    const partial = join(this.dir, `${name}.deel`);
    try {
      await this.db().backup(partial);
      renameSync(partial, join(this.dir, name));
      // A backup's age is read from its file time: put that on the house's clock, which tests and --now move.
      const made = this.clock.now();
      utimesSync(join(this.dir, name), made, made);
    } finally {
      rmSync(partial, { force: true });
    }
    if (kind === 'auto') this.rotate();
    return this.list().find((b) => b.name === name)!;
  }

  /** Keeps the newest automatic backups; manual and safety copies are the user's to remove. */
  rotate(): void {
    const autos = this.list().filter((b) => b.kind === 'auto');
    for (const old of autos.slice(this.keep())) rmSync(join(this.dir, old.name), { force: true });
  }

  recordFailure(kind: BackupKind, message: string): void {
    this.failure = { at: this.clock.now().toISOString(), kind, message };
  }

  /** Removes backups that were being written when the program stopped (`*.deel`). */
  removePartials(): void {
    try {
      for (const name of readdirSync(this.dir))
        if (name.endsWith('.deel')) rmSync(join(this.dir, name), { force: true });
    } catch {
      // No backup folder yet, or one that cannot be written: nothing to tidy.
    }
  }

  pathOf(name: string): string {
    if (!this.list().some((b) => b.name === name))
      throw ApiError.field('name', msg('Deze back-up bestaat niet (meer).', 'This backup does not exist (any more).'));
    return join(this.dir, name);
  }

  newestAutoAgeMs(now = this.clock.now().getTime()): number {
    const newest = this.list().find((b) => b.kind === 'auto');
    return newest ? now - Date.parse(newest.createdAt) : Infinity;
  }
}
