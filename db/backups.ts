import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';
import { fileStamp } from './clock';
import { ApiError } from './errors';

export type BackupKind = 'auto' | 'handmatig' | 'voor-terugzetten' | 'voor-update';

export interface BackupFile {
  name: string;
  kind: BackupKind | 'anders';
  size: number;
  createdAt: string;
}

const KINDS: BackupKind[] = ['auto', 'handmatig', 'voor-terugzetten', 'voor-update'];

/** The backup folder: consistent copies made with SQLite's online backup, automatic ones rotated. */
export class Backups {
  constructor(
    readonly dir: string,
    private readonly db: () => Db,
    private readonly keep: () => number,
  ) {}

  list(): BackupFile[] {
    mkdirSync(this.dir, { recursive: true });
    return readdirSync(this.dir)
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

  async create(kind: BackupKind): Promise<BackupFile> {
    mkdirSync(this.dir, { recursive: true });
    let name = `${kind}-${fileStamp()}.sqlite`;
    for (let i = 2; this.list().some((b) => b.name === name); i++) name = `${kind}-${fileStamp()}-${i}.sqlite`;
    // Written under a temporary name first, so an interrupted backup never looks like a good one.
    const partial = join(this.dir, `${name}.deel`);
    try {
      await this.db().backup(partial);
      renameSync(partial, join(this.dir, name));
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

  pathOf(name: string): string {
    if (!this.list().some((b) => b.name === name)) throw ApiError.field('name', 'Deze back-up bestaat niet (meer).');
    return join(this.dir, name);
  }

  newestAutoAgeMs(now = Date.now()): number {
    const newest = this.list().find((b) => b.kind === 'auto');
    return newest ? now - Date.parse(newest.createdAt) : Infinity;
  }
}
