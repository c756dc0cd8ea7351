import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileStamp, systemClock, type Clock } from './clock';
import { loadMigrations, type Migration } from './migrations';
import { schemaProblem } from './schemaCheck';
import { cacheStatements } from './statementCache';
import { msg } from './messages';

export type Db = Database.Database;

/** PRAGMA application_id of every Wijkhuis database ('WIJK'), so foreign SQLite files are refused. */
export const APPLICATION_ID = 0x57494a4b;

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: 'too-new' | 'corrupt' | 'foreign' | 'read-only',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /** Where the backup before a migration goes; without it, no backup is made (tests, fresh files). */
  backupDir?: string;
  migrations?: Migration[];
  /** Stop at this version (migration tests). */
  targetVersion?: number;
  /** better-sqlite3 binding built for Electron, kept apart from the Node build. */
  nativeBinding?: string;
  readonly?: boolean;
  /** Skip the quick_check of an existing file (the core knows it was closed cleanly and not touched since). */
  skipCheck?: boolean;
  /** For the name of the backup made before a migration. */
  clock?: Clock;
}

/**
 * Opens (creating if needed) and migrates a Wijkhuis database.
 * synchronous=FULL: with WAL, NORMAL may lose the last commits on a power cut; a desk records a
 * few writes a minute, so durability of every confirmed save is worth the fsync.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  mkdirSync(dirname(file), { recursive: true });
  const existed = existsSync(file);
  if (existed) checkExisting(file, options);
  const db = connect(file, options);
  try {
    await migrate(db, { ...options, isNew: !existed, file });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The one place SQLite is opened: the binding for this runtime (Node for tests, Electron's own in the app)
 * and the pragmas. A file, ':memory:', or the bytes of a serialised database (kept in memory).
 */
export function connect(file: string | Buffer, options: Pick<OpenOptions, 'nativeBinding' | 'readonly'> = {}): Db {
  const inMemory = typeof file !== 'string' || file === ':memory:';
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly && !inMemory) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // Erased or deleted personal data must not linger in free pages of the file (AVG): SQLite overwrites it.
  db.pragma('secure_delete = ON');
  cacheStatements(db);
  return db;
}

/** Looks at an existing file read-only first, so a foreign or broken file is refused without being touched. */
function checkExisting(file: string, options: Pick<OpenOptions, 'nativeBinding' | 'skipCheck'>): void {
  let db: Db | undefined;
  try {
    db = connect(file, { ...options, readonly: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID && !(appId === 0 && version === 0)) {
      throw new DatabaseOpenError('foreign', 'Dit bestand is geen Wijkhuis-database.');
    }
    if (options.skipCheck) return;
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new DatabaseOpenError(
        'corrupt',
        msg(
          `De database is beschadigd (controle: ${String(check)}).`,
          `The database is damaged (check: ${String(check)}).`,
        ),
      );
  } catch (error) {
    if (error instanceof DatabaseOpenError || isReadOnlyError(error)) throw error;
    throw new DatabaseOpenError(
      'corrupt',
      msg(
        'Het databasebestand is beschadigd of is geen SQLite-database.',
        'The database file is damaged or is not an SQLite database.',
      ),
    );
  } finally {
    db?.close();
  }
}

/** SQLite found a damaged page while reading (outside the check at start). */
export function isCorruptError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/** SQLite could not write (read-only file, folder or medium): not a sign of a damaged file. */
export function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('SQLITE_READONLY') ||
      code === 'SQLITE_CANTOPEN' ||
      code === 'EROFS' ||
      code === 'EACCES' ||
      code === 'EPERM')
  );
}

/**
 * A database whose folder or file cannot be written, opened as an in-memory copy. SQLite cannot even
 * read a WAL database in a read-only folder (it needs its -shm file there), so the file and its
 * -wal are copied to a temporary folder, opened (and migrated) there, and serialised into memory.
 * The copy is writable, which lets sign-in bookkeeping run; the core refuses every real change.
 */
export async function openSnapshot(
  file: string,
  options: Pick<OpenOptions, 'nativeBinding' | 'migrations'> = {},
): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'wijkhuis-alleen-lezen-'));
  try {
    const copy = join(dir, 'wijkhuis.sqlite');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const disk = await openDatabase(copy, options);
    // An image still marked as WAL cannot be opened in memory (there is no -wal beside it).
    disk.pragma('journal_mode = DELETE');
    const bytes = disk.serialize();
    disk.close();
    return connect(bytes, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function latestVersion(migrations: Migration[] = loadMigrations()): number {
  return migrations.length;
}

async function migrate(db: Db, options: OpenOptions & { isNew: boolean; file: string }): Promise<void> {
  const migrations = options.migrations ?? loadMigrations();
  const target = options.targetVersion ?? migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new DatabaseOpenError(
      'too-new',
      `Deze database is gemaakt met een nieuwere versie van Wijkhuis (databaseversie ${current}; deze versie kent tot ${migrations.length}). ` +
        'Installeer de nieuwste versie van Wijkhuis. Er is niets aan de gegevens veranderd.',
    );
  }
  if (current >= target) return;
  if (!options.isNew && current > 0 && options.backupDir) {
    mkdirSync(options.backupDir, { recursive: true });
    await db.backup(
      join(options.backupDir, `voor-update-v${current}-${fileStamp((options.clock ?? systemClock).now())}.sqlite`),
    );
  }
  db.transaction(() => {
    for (const m of migrations.slice(current, target)) db.exec(m.sql);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${target}`);
  })();
}

export interface FileCheck {
  ok: boolean;
  message: string;
  version?: number;
}

/**
 * Opens a file read-only for a look inside and removes the -wal and -shm SQLite leaves beside a WAL-mode file
 * it opened read-only (a backup or an upload), unless they were there before: they would pile up in the
 * data and backup folders.
 */
export function withReadOnly<T>(file: string, options: Pick<OpenOptions, 'nativeBinding'>, look: (db: Db) => T): T {
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  let db: Db | undefined;
  try {
    db = connect(file, { ...options, readonly: true });
    return look(db);
  } finally {
    db?.close();
    for (const f of sideFiles) rmSync(f, { force: true });
  }
}

/**
 * Checks a file offered as a backup without changing it: ours, not newer, sound, and with exactly the schema
 * our migrations make for its version (schemaCheck.ts). What its data means is checked on a copy (restoreCheck.ts).
 */
export function verifyDatabaseFile(
  file: string,
  options: Pick<OpenOptions, 'nativeBinding' | 'migrations'> = {},
): FileCheck {
  try {
    return withReadOnly(file, options, (db) => {
      const appId = db.pragma('application_id', { simple: true }) as number;
      const version = db.pragma('user_version', { simple: true }) as number;
      if (appId !== APPLICATION_ID || version < 1)
        return {
          ok: false,
          message: msg('Dit bestand is geen Wijkhuis-back-up.', 'This file is not a Wijkhuis backup.'),
        };
      const latest = latestVersion(options.migrations);
      if (version > latest)
        return {
          ok: false,
          message: msg(
            'Deze back-up komt uit een nieuwere versie van Wijkhuis. Installeer eerst de nieuwste versie.',
            'This backup comes from a newer version of Wijkhuis. Install the newest version first.',
          ),
          version,
        };
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        return {
          ok: false,
          message: msg(
            'Deze back-up is beschadigd en kan niet worden teruggezet.',
            'This backup is damaged and cannot be restored.',
          ),
          version,
        };
      const problem = schemaProblem(db, version, {
        migrations: options.migrations,
        empty: () => connect(':memory:', options),
      });
      if (problem) return { ok: false, message: problem, version };
      return { ok: true, message: msg('De back-up is in orde.', 'The backup is sound.'), version };
    });
  } catch {
    return {
      ok: false,
      message: msg(
        'Dit bestand is geen geldige Wijkhuis-back-up (beschadigd of een ander soort bestand).',
        'This file is not a valid Wijkhuis backup (damaged or another kind of file).',
      ),
    };
  }
}
