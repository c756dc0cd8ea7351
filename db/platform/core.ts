import { W_OK } from 'node:constants';
import { accessSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  connect,
  DatabaseOpenError,
  isCorruptError,
  openDatabase,
  openSnapshot,
  verifyDatabaseFile,
  type Db,
} from './database';
import { Backups, copyDurably, syncFolder } from './backups';
import { noteCleanClose, takeCleanClose } from './cleanClose';
import { prepareRestore, removeWithSideFiles, type RestoreRecord } from './restoreCheck';
import { SessionStore } from './sessions';
import { ApiError } from './errors';
import { fileStamp, systemClock, type Clock } from './clock';
import { msg } from './messages';
import type { HouseServices } from './services';
import { startWorkers, type BackgroundWorker } from './workers';
import { faultPoint } from './faultPoint';

/** A job a module registers with the platform (db/contract/module.ts gives it a name and an owner). */
export interface ScheduledRoutine {
  name: string;
  run(services: { db: Db; clock: Clock }): void;
}

/** What the platform needs to know of the house's settings; the system module's settings provide it. */
export interface PlatformSettings {
  backupKeep: number;
  lockMinutes: number;
}

export interface CoreOptions {
  dataDir: string;
  /** Suggest demo data at first start (`--demo`). */
  demo?: boolean;
  appVersion?: string;
  nativeBinding?: string;
  /** Where "now" comes from; tests and `--now` pass a clock of their own. */
  clock?: Clock;
  /** The modules' routines, run at start and every hour (db/house.ts passes them). */
  routines: readonly ScheduledRoutine[];
  /** The modules' background workers, started with the schedules (db/house.ts passes them). */
  workers?: readonly BackgroundWorker[];
  /** Read at every use, so a changed setting counts at once. */
  settings: (db: Db) => PlatformSettings;
  /** What the adapter offers the modules: a secret store, a PDF renderer (db/platform/services.ts). */
  services?: HouseServices;
}

/**
 * normal: the database of the data folder, read and written.
 * readonly: the folder or file cannot be written; an in-memory copy answers reads, changes are refused.
 * recovery: the database failed its check at start; only the recovery methods answer, until a backup is restored.
 */
export type CoreState =
  { mode: 'normal' } | { mode: 'readonly'; reason: string } | { mode: 'recovery'; reason: string };

export const READ_ONLY_REASON = msg(
  'De gegevensmap of het databasebestand is alleen-lezen. Je kunt alles bekijken, maar niets wijzigen of opslaan. ' +
    'Controleer de rechten op de gegevensmap (of of de schijf vol of beveiligd is) en start Wijkhuis opnieuw.',
  'The data folder or the database file is read-only. You can look at everything, but not change or save anything. ' +
    'Check the permissions of the data folder (or whether the disk is full or protected) and restart Wijkhuis.',
);

/** The steps of a restore at which the fault-injection tests stop the process (tests/faults). */
export type RestoreStep = 'na-controle' | 'na-veiligheidskopie' | 'tijdens-kopie' | 'na-kopie' | 'na-wisselen';

const DAY_MS = 24 * 60 * 60 * 1000;
const DB_FILE = 'wijkhuis.sqlite';
const STAGED_SUFFIX = '.terugzetten';
/** The scratch copy a file offered for restore is migrated and checked in (restoreCheck.ts). */
const SCRATCH_SUFFIX = '.controle';

function writable(path: string): boolean {
  try {
    accessSync(path, W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The open database of one data folder, with its sessions and backups: what every adapter holds. */
export class Core {
  readonly clock: Clock;
  readonly sessions: SessionStore;
  /** When the file last passed a full check at start (ISO time); null for a database that was not opened from disk normally. */
  checkedAt: string | null = null;
  readonly backups: Backups;
  private schedule: { everyMs: number; stop: (() => void) | null } | null = null;
  /** A restore or recovery is between its checks and its swap (checkCandidate until restore/recover end). */
  private restoring = false;

  private constructor(
    public db: Db,
    public state: CoreState,
    readonly options: CoreOptions,
    readonly paths: { dataDir: string; dbFile: string; backupDir: string },
  ) {
    this.clock = options.clock ?? systemClock;
    this.sessions = new SessionStore(() => this.clock.now().getTime());
    this.backups = new Backups(
      paths.backupDir,
      () => this.db,
      () => options.settings(this.db).backupKeep,
      this.clock,
    );
  }

  /**
   * Opens the data folder's database. A file that fails its check at start gives a core in the
   * recovery state (never a silent start on a broken file); a folder that cannot be written gives a
   * read-only core. Foreign files and files from a newer version are still refused (DatabaseOpenError).
   */
  static async open(options: CoreOptions): Promise<Core> {
    mkdirSync(options.dataDir, { recursive: true });
    const paths = {
      dataDir: options.dataDir,
      dbFile: join(options.dataDir, DB_FILE),
      backupDir: join(options.dataDir, 'backups'),
    };
    const make = (db: Db, state: CoreState) => new Core(db, state, options, paths);
    const recovery = (error: DatabaseOpenError) =>
      make(connect(':memory:', options), { mode: 'recovery', reason: error.message });
    const exists = existsSync(paths.dbFile);
    try {
      if (!writable(paths.dataDir) || (exists && !writable(paths.dbFile))) {
        if (!exists)
          throw new DatabaseOpenError(
            'read-only',
            `De gegevensmap ${paths.dataDir} is alleen-lezen en er staat nog geen database in. Kies een map waarin Wijkhuis mag schrijven.`,
          );
        return make(await openSnapshot(paths.dbFile, { nativeBinding: options.nativeBinding }), {
          mode: 'readonly',
          reason: READ_ONLY_REASON,
        });
      }
      Core.tidyInterruptedWork(paths);
      const closed = exists ? takeCleanClose(paths.dbFile, (options.clock ?? systemClock).now().getTime()) : null;
      const checkedAt = closed ?? (options.clock ?? systemClock).now().toISOString();
      const core = make(
        await openDatabase(paths.dbFile, {
          backupDir: paths.backupDir,
          nativeBinding: options.nativeBinding,
          skipCheck: closed !== null,
          clock: options.clock,
        }),
        { mode: 'normal' },
      );
      core.checkedAt = checkedAt;
      core.backups.removePartials();
      return core;
    } catch (error) {
      if (error instanceof DatabaseOpenError && error.kind === 'corrupt') return recovery(error);
      // Damage the skipped check could not see, met while opening: the same recovery screen.
      if (isCorruptError(error))
        return recovery(
          new DatabaseOpenError(
            'corrupt',
            msg(
              'De database is beschadigd: er kon bij het openen niet worden gelezen.',
              'The database is damaged: it could not be read while opening.',
            ),
          ),
        );
      throw error;
    }
  }

  /**
   * What an interrupted restore or upload leaves behind. The live file is only ever replaced by one
   * atomic rename of a complete, flushed copy, so a staged copy that is still there never took effect.
   */
  private static tidyInterruptedWork(paths: { dataDir: string; dbFile: string }): void {
    removeWithSideFiles(paths.dbFile + STAGED_SUFFIX);
    removeWithSideFiles(paths.dbFile + SCRATCH_SUFFIX);
    for (const name of readdirSync(paths.dataDir))
      if (/^upload-[0-9a-f]+\.sqlite(-wal|-shm|-journal)?$/.test(name))
        rmSync(join(paths.dataDir, name), { force: true });
  }

  /**
   * The house's routine jobs: a backup at start and whenever the newest automatic one is a day old, and the
   * modules' routines (options expiring, retention, sessions) and workers (the mail sender). Returns a stop function.
   * They only run on a writable, sound database: in the recovery state they start once a backup is
   * restored (a backup of the broken file would push good ones out of the rotation).
   */
  startSchedules(checkEveryMs = 60 * 60 * 1000): () => void {
    this.schedule = { everyMs: checkEveryMs, stop: null };
    if (this.state.mode === 'normal') this.runSchedules();
    return () => {
      this.schedule?.stop?.();
      this.schedule = null;
    };
  }

  private runSchedules(): void {
    if (!this.schedule || this.schedule.stop) return;
    const release = () => {
      for (const routine of this.options.routines) {
        try {
          routine.run({ db: this.db, clock: this.clock });
        } catch (e) {
          console.error(`[wijkhuis] dagelijkse taak '${routine.name}' mislukt:`, e);
        }
      }
    };
    // A failed backup is remembered in backups.failure and shown on the backups page; the app carries on.
    const backup = () =>
      this.backups.create('auto').catch((e) => console.error('[wijkhuis] automatische back-up mislukt:', e));
    const tick = () => {
      release();
      try {
        if (this.backups.newestAutoAgeMs() >= DAY_MS) void backup();
      } catch (e) {
        // The backup folder cannot even be listed: remembered like a failed backup, never a crash.
        this.backups.recordFailure('auto', e instanceof ApiError ? e.message : String(e));
      }
    };
    release();
    void backup();
    const timer = setInterval(tick, this.schedule.everyMs);
    timer.unref?.();
    const house = { db: () => this.db, clock: this.clock, services: this.options.services ?? {} };
    const stopWorkers = startWorkers(this.options.workers ?? [], house);
    this.schedule.stop = () => {
      clearInterval(timer);
      for (const stop of stopWorkers) stop();
    };
  }

  /**
   * Replaces the database by a backup, once it passed every check: the file itself (verifyDatabaseFile: ours,
   * sound, exactly our schema for its version), then a migrated scratch copy (foreign keys, and whether
   * `record`, the restore's audit row, can be written in it). Only then is the current database kept as a
   * safety copy and the checked copy swapped in; if it cannot be opened, the safety copy is put back.
   * Everyone is signed out afterwards: the user ids of the restored file may belong to other people.
   */
  async restore(file: string, record?: (db: Db, safetyCopy: string) => void): Promise<{ safetyCopy: string }> {
    if (this.state.mode !== 'normal') throw new ApiError('UNAVAILABLE', this.state.reason);
    const scratch = await this.checkCandidate(file, 'file', record && ((db) => record(db, 'voor-terugzetten')));
    try {
      faultPoint('na-controle');
      const safety = await this.backups.create('voor-terugzetten');
      faultPoint('na-veiligheidskopie');
      try {
        await this.putInPlace(scratch);
      } catch (error) {
        if (!this.db.open) await this.putInPlace(join(this.paths.backupDir, safety.name));
        throw error;
      }
      this.afterSwap(record && ((db) => record(db, safety.name)));
      return { safetyCopy: safety.name };
    } finally {
      removeWithSideFiles(scratch);
      this.restoring = false;
    }
  }

  async restoreBytes(bytes: Buffer, record?: (db: Db, safetyCopy: string) => void): Promise<{ safetyCopy: string }> {
    const temp = join(this.paths.dataDir, `upload-${randomBytes(6).toString('hex')}.sqlite`);
    writeFileSync(temp, bytes);
    try {
      return await this.restore(temp, record);
    } finally {
      removeWithSideFiles(temp);
    }
  }

  /**
   * Leaves the recovery state with a backup that passed the same checks as a restore. The broken file (with its
   * -wal, which may hold the last changes) is kept aside as `beschadigd-<tijd>.sqlite` in the data folder for later.
   */
  async recover(file: string, record?: (db: Db, brokenCopy: string) => void): Promise<{ brokenCopy: string }> {
    if (this.state.mode !== 'recovery')
      throw new ApiError(
        'CONFLICT',
        msg(
          'Wijkhuis is niet in de herstelstand. Zet een back-up terug via Beheer › Back-ups.',
          'Wijkhuis is not in recovery mode. Restore a backup under Administration › Backups.',
        ),
      );
    const brokenCopy = `beschadigd-${fileStamp(this.clock.now())}.sqlite`;
    const scratch = await this.checkCandidate(file, 'name', record && ((db) => record(db, brokenCopy)));
    try {
      const aside = join(this.paths.dataDir, brokenCopy);
      if (existsSync(this.paths.dbFile)) copyDurably(this.paths.dbFile, aside);
      if (existsSync(`${this.paths.dbFile}-wal`)) renameSync(`${this.paths.dbFile}-wal`, `${aside}-wal`);
      await this.putInPlace(scratch);
    } finally {
      removeWithSideFiles(scratch);
      this.restoring = false;
    }
    this.state = { mode: 'normal' };
    this.afterSwap(record && ((db) => record(db, brokenCopy)));
    Core.tidyInterruptedWork(this.paths);
    this.backups.removePartials();
    this.runSchedules();
    return { brokenCopy };
  }

  /**
   * Every check of a file offered for restore; returns the scratch copy that passed them (restoreCheck.ts).
   * From here until restore or recover ends, no second restore may start.
   */
  private async checkCandidate(file: string, field: string, record?: RestoreRecord): Promise<string> {
    // Two windows restoring at once would share the scratch and staged copies (and race for the swap).
    if (this.restoring)
      throw new ApiError(
        'CONFLICT',
        msg(
          'Er wordt al een back-up teruggezet. Wacht tot dat klaar is en kijk dan opnieuw.',
          'A backup is already being restored. Wait until that is done and then look again.',
        ),
      );
    this.restoring = true;
    try {
      const check = verifyDatabaseFile(file, { nativeBinding: this.options.nativeBinding });
      if (!check.ok) throw ApiError.field(field, check.message);
      const scratch = this.paths.dbFile + SCRATCH_SUFFIX;
      await prepareRestore(file, scratch, { nativeBinding: this.options.nativeBinding, field, record });
      return scratch;
    } catch (error) {
      this.restoring = false;
      throw error;
    }
  }

  /** The restored file is in place: nobody stays signed in, and the restore goes on record in it. */
  private afterSwap(record?: RestoreRecord): void {
    this.sessions.endAll();
    try {
      record?.(this.db);
    } catch (error) {
      // It was written in the checked copy a moment ago; the restore itself has happened either way.
      console.error('[wijkhuis] de auditregel van het terugzetten kon niet worden geschreven:', error);
    }
  }

  /**
   * Copies `file` next to the database, flushes it, and swaps it in with one atomic rename. Before
   * the rename the old database is checkpointed and its -wal/-shm removed: a stale -wal would
   * otherwise be replayed onto the new file at the next open and corrupt it.
   * At every point a crash leaves either the old file or the new one, never a mix.
   */
  private async putInPlace(file: string): Promise<void> {
    const staged = this.paths.dbFile + STAGED_SUFFIX;
    try {
      copyDurably(file, staged, () => faultPoint('tijdens-kopie'));
      faultPoint('na-kopie');
      this.closeForSwap();
      for (const suffix of ['-wal', '-shm']) rmSync(this.paths.dbFile + suffix, { force: true });
      renameSync(staged, this.paths.dbFile);
      syncFolder(this.paths.dataDir);
    } finally {
      rmSync(staged, { force: true });
    }
    faultPoint('na-wisselen');
    this.db = await openDatabase(this.paths.dbFile, {
      backupDir: this.paths.backupDir,
      nativeBinding: this.options.nativeBinding,
      clock: this.clock,
    });
    this.checkedAt = this.clock.now().toISOString();
  }

  /** Folds the -wal into the database file and closes it; refuses while another program holds the file. */
  private closeForSwap(): void {
    if (!this.db.open) return;
    if (this.state.mode === 'normal') {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result && result.busy !== 0) {
        throw new ApiError(
          'CONFLICT',
          msg(
            'De database is nog in gebruik door een ander Wijkhuis-venster of -programma. Sluit dat eerst en probeer het opnieuw.',
            'The database is still in use by another Wijkhuis window or program. Close that first and try again.',
          ),
        );
      }
    }
    this.db.close();
  }

  close(): void {
    this.schedule?.stop?.();
    if (!this.db.open) return;
    this.db.close();
    if (this.state.mode === 'normal' && this.checkedAt) noteCleanClose(this.paths.dbFile, this.checkedAt);
  }

  get hasDatabase(): boolean {
    return existsSync(this.paths.dbFile);
  }
}
