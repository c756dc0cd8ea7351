/**
 * Whether a file offered for restore has exactly the schema our migrations make for its version. A restore
 * replaces the whole database, so anything a file brings along runs inside Wijkhuis afterwards: a trigger could
 * hand a stranger the beheerder account, a view in place of a table breaks every screen that writes it, a table
 * missing breaks sign-in for good. Nothing extra, missing or different is taken.
 */
import { createHash } from 'node:crypto';
import type { Db } from './database';
import { loadMigrations, type Migration } from './migrations';
import { compose, msg } from './messages';

interface SchemaRow {
  type: string;
  name: string;
  tblName: string;
  /** Normalised (comments and runs of white space folded), so a checkout with CRLF line ends compares equal. */
  sql: string | null;
}

interface Schema {
  rows: Map<string, SchemaRow>;
  /** The column names of each table, for a message that names the extra or missing column. */
  columns: Map<string, string[]>;
}

const KIND: Record<string, string> = { table: 'tabel', index: 'index', trigger: 'trigger', view: 'view' };
const kind = (type: string) => KIND[type] ?? type;
/** 'a table', 'an index': the kind in English with its article. */
const aKind = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Drops comments and folds white space outside quoted text, so only the statement itself is compared. */
export function normaliseSql(sql: string): string {
  let out = '';
  const space = () => {
    if (out !== '' && !out.endsWith(' ')) out += ' ';
  };
  for (let i = 0; i < sql.length;) {
    const c = sql[i]!;
    const close = c === "'" || c === '"' || c === '`' ? c : c === '[' ? ']' : null;
    if (close) {
      const end = sql.indexOf(close, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop;
    } else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      space();
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      space();
    } else {
      if (/\s/.test(c)) space();
      else out += c;
      i++;
    }
  }
  return out.trimEnd();
}

function readSchema(db: Db): Schema {
  const found = db.prepare('SELECT type, name, tbl_name AS tblName, sql FROM sqlite_master').all() as SchemaRow[];
  const rows = new Map(found.map((r) => [r.name, { ...r, sql: r.sql === null ? null : normaliseSql(r.sql) }]));
  const columns = new Map<string, string[]>();
  for (const r of found)
    if (r.type === 'table')
      columns.set(
        r.name,
        (db.prepare('SELECT name FROM pragma_table_xinfo(?)').all(r.name) as { name: string }[]).map((c) => c.name),
      );
  return { rows, columns };
}

/** What our migrations make for each version, built once per process on an empty in-memory database. */
const references = new Map<string, Schema>();

function referenceSchema(version: number, migrations: Migration[], empty: () => Db): Schema {
  const hash = createHash('sha256');
  for (const m of migrations.slice(0, version)) hash.update(m.sql);
  const key = `${version}:${hash.digest('hex')}`;
  const cached = references.get(key);
  if (cached) return cached;
  const db = empty();
  try {
    db.transaction(() => {
      for (const m of migrations.slice(0, version)) db.exec(m.sql);
    })();
    const schema = readSchema(db);
    references.set(key, schema);
    return schema;
  } finally {
    db.close();
  }
}

/** In plain Dutch and English (a `msg`), what differs between a table of the file and ours. */
function tableDifference(name: string, found: string[], expected: string[]): string {
  const extra = found.filter((c) => !expected.includes(c));
  const missing = expected.filter((c) => !found.includes(c));
  if (extra.length)
    return msg(
      `de tabel ${name} heeft een onbekende kolom (${extra.join(', ')})`,
      `the table ${name} has an unknown column (${extra.join(', ')})`,
    );
  if (missing.length)
    return msg(
      `in de tabel ${name} ontbreekt de kolom ${missing.join(', ')}`,
      `the table ${name} lacks the column ${missing.join(', ')}`,
    );
  return msg(
    `de tabel ${name} is anders opgebouwd dan Wijkhuis verwacht`,
    `the table ${name} is built differently from what Wijkhuis expects`,
  );
}

function differences(found: Schema, expected: Schema): string[] {
  const problems: string[] = [];
  // A table missing, extra or of another kind is named once, not again for each index and trigger on it.
  const named = new Set<string>();
  const onNamed = (row: SchemaRow) => row.name !== row.tblName && named.has(row.tblName);
  for (const [name, want] of expected.rows) {
    const got = found.rows.get(name);
    if (!got || got.type !== want.type) named.add(name);
  }
  for (const name of found.rows.keys()) if (!expected.rows.has(name)) named.add(name);

  for (const [name, want] of expected.rows) {
    const got = found.rows.get(name);
    if (onNamed(want)) continue;
    if (!got) problems.push(msg(`de ${kind(want.type)} ${name} ontbreekt`, `the ${want.type} ${name} is missing`));
    else if (got.type !== want.type)
      problems.push(
        msg(
          `${name} is een ${kind(got.type)} in plaats van een ${kind(want.type)}`,
          `${name} is ${aKind(got.type)} instead of ${aKind(want.type)}`,
        ),
      );
    else if (got.tblName !== want.tblName || got.sql !== want.sql)
      problems.push(
        want.type === 'table'
          ? tableDifference(name, found.columns.get(name) ?? [], expected.columns.get(name) ?? [])
          : msg(
              `de ${kind(want.type)} ${name} is anders dan Wijkhuis verwacht`,
              `the ${want.type} ${name} differs from what Wijkhuis expects`,
            ),
      );
  }
  for (const [name, got] of found.rows)
    if (!expected.rows.has(name) && !onNamed(got))
      problems.push(
        msg(`er zit een onbekende ${kind(got.type)} in (${name})`, `it holds an unknown ${got.type} (${name})`),
      );
  return problems;
}

/**
 * Null when the open database's schema is exactly the one our migrations make for `version`; otherwise a sentence
 * in Dutch and English (a `msg`) naming what is wrong (the first three differences, and how many more). `empty` opens an empty
 * in-memory database (database.ts's connect, with this runtime's binding) to run the migrations on.
 */
export function schemaProblem(
  db: Db,
  version: number,
  options: { migrations?: Migration[]; empty: () => Db },
): string | null {
  const expected = referenceSchema(version, options.migrations ?? loadMigrations(), options.empty);
  const problems = differences(readSchema(db), expected);
  if (problems.length === 0) return null;
  return compose((t, lang) => {
    const shown = problems.slice(0, 3).map(t).join('; ');
    const rest = problems.length - 3;
    return lang === 'nl'
      ? `Dit bestand is geen echte back-up van Wijkhuis: ${shown}${rest > 0 ? ` (en nog ${rest} andere afwijkingen)` : ''}.`
      : `This file is not a real Wijkhuis backup: ${shown}${rest > 0 ? ` (and ${rest} other differences)` : ''}.`;
  });
}
