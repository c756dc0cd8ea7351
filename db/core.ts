import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, verifyDatabaseFile, type Db } from './database';
import { Backups } from './backups';
import { SessionStore } from './sessions';
import { getSettings } from './domains/settings';
import { ApiError } from './errors';
import { releaseExpiredOptions } from './domains/bookings';
import { runRetention } from './domains/retention';
import { syncAllSessions } from './domains/activities';

export interface CoreOptions {
  dataDir: string;
  /** Suggest demo data at first start (`--demo`). */
  demo?: boolean;
  appVersion?: string;
  nativeBinding?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The open database of one data folder, with its sessions and backups: what every adapter holds. */
export class Core {
  readonly sessions = new SessionStore();
  readonly backups: Backups;

  private constructor(
    public db: Db,
    readonly options: CoreOptions,
    readonly paths: { dataDir: string; dbFile: string; backupDir: string },
  ) {
    this.backups = new Backups(paths.backupDir, () => this.db, () => getSettings(this.db).backupKeep);
  }

  static async open(options: CoreOptions): Promise<Core> {
    mkdirSync(options.dataDir, { recursive: true });
    const paths = { dataDir: options.dataDir, dbFile: join(options.dataDir, 'wijkhuis.sqlite'), backupDir: join(options.dataDir, 'backups') };
    const db = await openDatabase(paths.dbFile, { backupDir: paths.backupDir, nativeBinding: options.nativeBinding });
    return new Core(db, options, paths);
  }

  /**
   * The house's routine jobs: a backup at start and whenever the newest automatic one is a day old,
   * releasing options whose last day has passed, anonymising incidents past their retention period,
   * and keeping activity sessions in line with their bookings. Returns a stop function.
   */
  startSchedules(checkEveryMs = 60 * 60 * 1000): () => void {
    const release = () => {
      try {
        releaseExpiredOptions(this.db);
        runRetention(this.db);
        syncAllSessions(this.db);
      } catch (e) {
        console.error('[wijkhuis] dagelijkse taken mislukt:', e);
      }
    };
    const tick = () => {
      release();
      if (this.backups.newestAutoAgeMs() >= DAY_MS) this.backups.create('auto').catch((e) => console.error('[wijkhuis] automatische back-up mislukt:', e));
    };
    release();
    this.backups.create('auto').catch((e) => console.error('[wijkhuis] back-up bij start mislukt:', e));
    const timer = setInterval(tick, checkEveryMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  /**
   * Replaces the database by a verified backup. The current database is kept as a safety copy
   * first; if the new file cannot be opened, the safety copy is put back.
   */
  async restore(file: string): Promise<{ safetyCopy: string }> {
    const check = verifyDatabaseFile(file, { nativeBinding: this.options.nativeBinding });
    if (!check.ok) throw ApiError.field('file', check.message);
    const safety = await this.backups.create('voor-terugzetten');
    const staged = `${this.paths.dbFile}.terugzetten`;
    copyFileSync(file, staged);
    this.db.close();
    try {
      this.swapIn(staged);
      this.db = await openDatabase(this.paths.dbFile, { backupDir: this.paths.backupDir, nativeBinding: this.options.nativeBinding });
    } catch (error) {
      copyFileSync(join(this.paths.backupDir, safety.name), staged);
      this.swapIn(staged);
      this.db = await openDatabase(this.paths.dbFile, { nativeBinding: this.options.nativeBinding });
      throw error;
    }
    return { safetyCopy: safety.name };
  }

  async restoreBytes(bytes: Buffer): Promise<{ safetyCopy: string }> {
    const temp = join(this.paths.dataDir, `upload-${randomBytes(6).toString('hex')}.sqlite`);
    writeFileSync(temp, bytes);
    try {
      return await this.restore(temp);
    } finally {
      rmSync(temp, { force: true });
    }
  }

  private swapIn(staged: string): void {
    for (const suffix of ['-wal', '-shm']) rmSync(this.paths.dbFile + suffix, { force: true });
    renameSync(staged, this.paths.dbFile);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  get hasDatabase(): boolean {
    return existsSync(this.paths.dbFile);
  }
}
