import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../platform/database';
import type { HouseFiles } from '../../contract/method';
import type { Actor } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { csvLine } from '../../platform/csv';
import { localDateTime, type Clock } from '../../platform/clock';
import { msg } from '../../platform/messages';

export const EXPORT_FOLDER = 'exporten';
const MANIFEST = 'manifest.json';
const FORMAT = 'wijkhuis-export';

/** Columns that are never exported, wherever they turn up: a hash of a password is still a secret. */
const SECRET_COLUMN = /(^|_)(password|wachtwoord|token|secret|salt)(_|$)/i;

export interface ExportedFile {
  file: string;
  table: string;
  columns: string[];
  rowCount: number;
  bytes: number;
  sha256: string;
}

export interface ExportedAttachment {
  file: string;
  table: string;
  column: string;
  bytes: number;
  sha256: string;
}

export interface ExportManifest {
  format: typeof FORMAT;
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  createdBy: string;
  csv: Record<string, string>;
  files: ExportedFile[];
  attachments: ExportedAttachment[];
  excluded: { table: string; column: string; reason: string }[];
  notIncluded: string[];
}

export interface ExportSummary {
  name: string;
  path: string;
  createdAt: string;
  tables: number;
  rows: number;
}

/** A file written in pieces while its hash is computed on the same bytes. */
class HashedFile {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'wx');
  }
  write(data: string | Buffer): void {
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writeSync(this.fd, buffer);
    this.hash.update(buffer);
    this.bytes += buffer.length;
  }
  close(): { bytes: number; sha256: string } {
    closeSync(this.fd);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tablesOf(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((t) => t.name);
}

function columnsOf(db: Db, table: string): { name: string; pk: number }[] {
  return db.prepare(`PRAGMA table_info(${quoteId(table)})`).all() as { name: string; pk: number }[];
}

/** Every table as `<table>.csv`; BLOB cells as files under `bestanden/<table>/` with the path in the cell. */
function writeTables(db: Db, dir: string) {
  const files: ExportedFile[] = [];
  const attachments: ExportedAttachment[] = [];
  const excluded: ExportManifest['excluded'] = [];
  for (const table of tablesOf(db)) {
    const all = columnsOf(db, table);
    const kept = all.filter((c) => !SECRET_COLUMN.test(c.name));
    for (const c of all)
      if (SECRET_COLUMN.test(c.name))
        excluded.push({ table, column: c.name, reason: 'geheim (wachtwoord of sleutel): nooit geëxporteerd' });
    const order = all
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => quoteId(c.name));
    const select = `SELECT ${kept.map((c) => quoteId(c.name)).join(', ')} FROM ${quoteId(table)}${order.length ? ` ORDER BY ${order.join(', ')}` : ''}`;
    const file = `${table}.csv`;
    const out = new HashedFile(join(dir, file));
    out.write(`\uFEFF${csvLine(kept.map((c) => c.name))}\r\n`);
    let rowCount = 0;
    for (const row of db.prepare(select).raw().iterate() as IterableIterator<unknown[]>) {
      rowCount += 1;
      const cells = row.map((value, i) => {
        if (!Buffer.isBuffer(value)) return value as string | number | null;
        const blobDir = join(dir, 'bestanden', table);
        mkdirSync(blobDir, { recursive: true });
        const name = `bestanden/${table}/${rowCount}-${kept[i]!.name}.bin`;
        const blob = new HashedFile(join(dir, name));
        blob.write(value);
        attachments.push({ file: name, table, column: kept[i]!.name, ...blob.close() });
        return name;
      });
      out.write(`${csvLine(cells)}\r\n`);
    }
    files.push({ file, table, columns: kept.map((c) => c.name), rowCount, ...out.close() });
  }
  return { files, attachments, excluded };
}

/** A folder name that sorts by date and is valid on Windows (no ':'): wijkhuis-export-2026-11-23-1130. */
function folderName(root: string, now: string): string {
  const base = `wijkhuis-export-${now.slice(0, 10)}-${now.slice(11, 13)}${now.slice(14, 16)}`;
  let name = base;
  for (let n = 2; existsSync(join(root, name)); n += 1) name = `${base}-${n}`;
  return name;
}

function fileSystemError(error: unknown): never {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'ENOSPC')
    throw new ApiError(
      'UNAVAILABLE',
      msg(
        'De schijf is vol: de export is niet gemaakt. Maak ruimte vrij en probeer het opnieuw.',
        'The disk is full: the export was not made. Free some space and try again.',
      ),
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    throw new ApiError(
      'UNAVAILABLE',
      msg(
        'Wijkhuis mag niet schrijven in de gegevensmap: de export is niet gemaakt. Controleer de rechten op de map.',
        'Wijkhuis may not write in the data folder: the export was not made. Check the permissions of the folder.',
      ),
    );
  if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR')
    throw new ApiError(
      'UNAVAILABLE',
      msg(
        `De map ${EXPORT_FOLDER} in de gegevensmap is geen gewone map: de export is niet gemaakt. Hernoem of verwijder wat daar staat en probeer het opnieuw.`,
        `The folder ${EXPORT_FOLDER} in the data folder is not an ordinary folder: the export was not made. Rename or remove what is there and try again.`,
      ),
    );
  throw error;
}

/**
 * Writes the whole database as CSV files plus a manifest into a new folder under the data folder.
 * It is written under a hidden temporary name and renamed when complete, so a folder with the
 * export's name is always whole; all tables come from one read transaction, so they agree.
 */
export function writeFullExport(
  house: HouseFiles,
  clock: Clock,
  actor: Actor | null,
): ExportSummary & { manifest: ExportManifest } {
  const db = house.db;
  const root = join(house.paths.dataDir, EXPORT_FOLDER);
  const now = localDateTime(clock.now());
  const temp = join(root, `.deels-${randomBytes(6).toString('hex')}`);
  try {
    mkdirSync(temp, { recursive: true });
    const manifest = db.transaction((): ExportManifest => {
      const written = writeTables(db, temp);
      return {
        format: FORMAT,
        formatVersion: 1,
        appVersion: house.options.appVersion ?? 'ontwikkelversie',
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        createdAt: now,
        createdBy: actor?.name ?? 'systeem',
        csv: {
          delimiter: ';',
          encoding: 'UTF-8 met byte-order mark',
          lineEnd: 'CRLF',
          decimal: 'komma',
          empty: 'een lege cel is leeg of NULL',
          formulas:
            'een tekst die begint met =, +, -, @, tab of CR staat er met een apostrof ervoor, zodat een spreadsheet hem niet als formule uitvoert',
          attachments: 'bijlagen (BLOB) staan als bestand in de map bestanden; de cel bevat het pad',
        },
        ...written,
        notIncluded: [
          'Wachtwoorden en wachtwoordhashes van accounts.',
          'Sessies en inlogtokens: die bestaan alleen in het geheugen van het programma en worden nooit opgeslagen.',
        ],
      };
    })();
    const manifestFile = new HashedFile(join(temp, MANIFEST));
    manifestFile.write(`${JSON.stringify(manifest, null, 2)}\n`);
    manifestFile.close();
    const name = folderName(root, now);
    renameSync(temp, join(root, name));
    return {
      name,
      path: join(root, name),
      createdAt: now,
      tables: manifest.files.length,
      rows: manifest.files.reduce((n, f) => n + f.rowCount, 0),
      manifest,
    };
  } catch (error) {
    try {
      rmSync(temp, { recursive: true, force: true });
    } catch {
      // The folder was never made (the path above it is not a folder): nothing to clean up.
    }
    fileSystemError(error);
  }
}

/** Finished exports, newest first; half-written ones (hidden temporary folders) are not listed. */
export function listExports(house: HouseFiles): ExportSummary[] {
  const root = join(house.paths.dataDir, EXPORT_FOLDER);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const out: ExportSummary[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    try {
      const manifest = JSON.parse(readFileSync(join(root, entry.name, MANIFEST), 'utf8')) as ExportManifest;
      if (manifest.format !== FORMAT) continue;
      out.push({
        name: entry.name,
        path: join(root, entry.name),
        createdAt: manifest.createdAt,
        tables: manifest.files.length,
        rows: manifest.files.reduce((n, f) => n + f.rowCount, 0),
      });
    } catch {
      // A folder someone put there by hand, or an unreadable manifest: not an export of ours.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Removes a finished export: it holds every person's data, so it should not outlive its use (AVG).
 * Only a folder with a manifest of ours is removed.
 */
export function deleteExport(house: HouseFiles, name: string): ExportSummary {
  const found = listExports(house).find((e) => e.name === name);
  if (!found)
    throw ApiError.field('name', msg('Deze export bestaat niet (meer).', 'This export does not exist (any more).'));
  try {
    rmSync(found.path, { recursive: true, force: true });
  } catch (error) {
    fileSystemError(error);
  }
  return found;
}
