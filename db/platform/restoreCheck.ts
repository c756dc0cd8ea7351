/**
 * The checks of a restore that need a writable copy: the file offered is copied next to the database (the
 * "scratch" copy), migrated to our version, its foreign keys checked, and the restore's own audit row tried in it.
 * Only this checked copy is ever swapped in, so what was checked is what is restored, and a refused file leaves
 * nothing behind: no migrated copy, no backup made before a migration (the scratch copy is migrated without one).
 */
import { copyFileSync, rmSync } from 'node:fs';
import { openDatabase, type Db } from './database';
import { ApiError, toApiError } from './errors';
import { msg } from './messages';

/** Writes the restore's audit row into a database; tried on the scratch copy first (and rolled back). */
export type RestoreRecord = (db: Db) => void;

/** Removes a database file with everything SQLite may keep beside it. */
export function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

interface Violation {
  table: string;
  parent: string;
}

/** Rows pointing to something that is not there: never in a file Wijkhuis wrote (foreign keys are always on). */
function foreignKeyProblem(db: Db): string | null {
  const rows = db.pragma('foreign_key_check') as Violation[];
  const first = rows[0];
  if (!first) return null;
  const same = rows.filter((r) => r.table === first.table && r.parent === first.parent).length;
  const what = same === 1 ? 'verwijst een regel' : `verwijzen ${same} regels`;
  const others = rows.length > same ? ` (en ${rows.length - same} andere fouten van die soort)` : '';
  const whatEn = same === 1 ? 'a row refers' : `${same} rows refer`;
  const othersEn = rows.length > same ? ` (and ${rows.length - same} other errors of that kind)` : '';
  return msg(
    `Deze back-up is niet in orde: in de tabel ${first.table} ${what} naar iets dat niet bestaat (in ${first.parent})${others}.`,
    `This backup is not sound: in the table ${first.table} ${whatEn} to something that does not exist (in ${first.parent})${othersEn}.`,
  );
}

/** Tries the audit row in a transaction that is always rolled back: the scratch copy stays as the file had it. */
function tryRecord(db: Db, record: RestoreRecord, field: string): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    record(db);
  } catch (error) {
    console.error('[wijkhuis] terugzetten: de auditregel past niet in de back-up:', error);
    throw ApiError.field(
      field,
      msg(
        'Deze back-up kan niet worden teruggezet: Wijkhuis kan het terugzetten er niet in vastleggen.',
        'This backup cannot be restored: Wijkhuis cannot record the restore in it.',
      ),
    );
  } finally {
    db.exec('ROLLBACK');
  }
}

async function migrateScratch(scratch: string, nativeBinding: string | undefined, field: string): Promise<Db> {
  try {
    // No backupDir: a backup of the scratch copy before its migration would be a stray file, not a safety net.
    return await openDatabase(scratch, { nativeBinding, skipCheck: true });
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code !== 'INTERNAL') throw apiError;
    console.error('[wijkhuis] terugzetten: bijwerken van de back-up mislukt:', error);
    throw ApiError.field(
      field,
      msg(
        'Deze back-up kan niet worden bijgewerkt naar deze versie van Wijkhuis.',
        'This backup cannot be updated to this version of Wijkhuis.',
      ),
    );
  }
}

/**
 * Makes `scratch` a migrated, checked copy of `candidate`, ready to be swapped in; throws a refusal (in both languages) on
 * `field` otherwise, and then leaves no scratch copy behind. `candidate` must have passed verifyDatabaseFile.
 */
export async function prepareRestore(
  candidate: string,
  scratch: string,
  options: { nativeBinding?: string; field: string; record?: RestoreRecord },
): Promise<void> {
  removeWithSideFiles(scratch);
  try {
    copyFileSync(candidate, scratch);
    const db = await migrateScratch(scratch, options.nativeBinding, options.field);
    try {
      const problem = foreignKeyProblem(db);
      if (problem) throw ApiError.field(options.field, problem);
      if (options.record) tryRecord(db, options.record, options.field);
      // Everything into the file itself: it is copied on as one file.
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch (error) {
    removeWithSideFiles(scratch);
    throw error;
  }
}
