import type { Actor, AuditEntry, Ctx } from '../../contract/method';
import { ApiError, fieldErrorsOf, toApiError } from '../../platform/errors';
import type { Role } from '../../contract/fields';
import type { ImportKind } from './schemas';
import { normalizeName, type FileRow, type ParsedFile } from './importParse';
import { IMPORT_KIND_DEFS, type KindDef } from './importKinds';
import { localDate } from '../../platform/clock';
import { compose, msg } from '../../platform/messages';

/** One problem in one row, with the row number as the file shows it and the column's own header. */
export interface RowIssue {
  row: number;
  /** The header of the column, or '' when the problem is about the row as a whole. */
  column: string;
  field: string | null;
  message: string;
  duplicate: boolean;
}

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  sheet: string | null;
  rows: number;
  /** Rows that are (or would be) created. */
  created: number;
  /** Duplicates left out because the caller asked to skip them. */
  skipped: number;
  /** Blocking problems: while there are any, nothing is imported. */
  issues: RowIssue[];
  /** Duplicates that were skipped, for the record. */
  skippedRows: RowIssue[];
}

/** The kind's definition, if this role may create its records (the same roles as its create method). */
export function kindFor(kind: ImportKind, actor: Actor | null): KindDef {
  const def = IMPORT_KIND_DEFS[kind];
  const access = def.create.access;
  const allowed =
    access === 'signed-in' ||
    access === 'public' ||
    (actor !== null && (access as readonly Role[]).includes(actor.role));
  if (!allowed)
    throw new ApiError(
      'FORBIDDEN',
      compose((t, lang) =>
        lang === 'nl' ? `Je rol mag geen ${t(def.noun)} importeren.` : `Your role may not import ${t(def.noun)}.`,
      ),
    );
  return def;
}

/** For each field, the header matching it best: an exact field label first, then any alias. */
export function suggestMapping(def: KindDef, headers: string[]): (string | null)[] {
  const taken = new Set<string>();
  const normalized = headers.map(normalizeName);
  const out: (string | null)[] = headers.map(() => null);
  const claim = (names: (f: KindDef['fields'][number]) => string[]) => {
    for (const f of def.fields) {
      if (taken.has(f.key)) continue;
      const wanted = new Set(names(f).map(normalizeName));
      const col = normalized.findIndex((h, i) => out[i] === null && wanted.has(h));
      if (col >= 0) {
        out[col] = f.key;
        taken.add(f.key);
      }
    }
  };
  claim((f) => [f.label, f.key]);
  claim((f) => f.aliases);
  return out;
}

/** Refuses a mapping to unknown fields, a field chosen twice, or a required field left out. */
export function checkMapping(def: KindDef, headers: string[], mapping: (string | null)[]): void {
  if (mapping.length !== headers.length)
    throw ApiError.field(
      'mapping',
      msg(
        `Koppel elke kolom van het bestand (${headers.length}) aan een veld of aan "niet importeren".`,
        `Link every column of the file (${headers.length}) to a field or to "do not import".`,
      ),
    );
  const seen = new Map<string, number>();
  mapping.forEach((key, i) => {
    if (key === null) return;
    const f = def.fields.find((x) => x.key === key);
    if (!f)
      throw ApiError.field(
        `mapping.${i}`,
        compose((t, lang) =>
          lang === 'nl'
            ? `Kolom "${headers[i]}": "${key}" is geen veld van ${t(def.noun)}.`
            : `Column "${headers[i]}": "${key}" is not a field of ${t(def.noun)}.`,
        ),
      );
    if (seen.has(key))
      throw ApiError.field(
        `mapping.${i}`,
        msg(
          `Het veld ${f.label} is al gekoppeld aan kolom "${headers[seen.get(key)!]}". Koppel elk veld aan hoogstens één kolom.`,
          `The field ${f.label} is already linked to column "${headers[seen.get(key)!]}". Link each field to at most one column.`,
        ),
      );
    seen.set(key, i);
  });
  const missing = def.fields.filter((f) => f.required && !seen.has(f.key));
  if (missing.length)
    throw ApiError.field(
      'mapping',
      msg(
        `Koppel een kolom aan ${missing.map((f) => f.label).join(', ')}: ${missing.length === 1 ? 'dat veld is' : 'die velden zijn'} verplicht.`,
        `Link a column to ${missing.map((f) => f.label).join(', ')}: ${missing.length === 1 ? 'that field is' : 'those fields are'} required.`,
      ),
    );
}

interface Prepared {
  row: FileRow;
  input: Record<string, unknown>;
  issues: RowIssue[];
}

/** The create method's input for one row, with the problems of cells that could not be read. */
function prepare(
  ctx: Ctx,
  def: KindDef,
  headers: string[],
  mapping: (string | null)[],
  row: FileRow,
  today: string,
): Prepared {
  const input: Record<string, unknown> = { ...def.defaults?.(today) };
  const issues: RowIssue[] = [];
  mapping.forEach((key, col) => {
    const f = key === null ? undefined : def.fields.find((x) => x.key === key);
    if (!f) return;
    const raw = row.cells[col] ?? '';
    const problem = (message: string) =>
      issues.push({ row: row.row, column: headers[col]!, field: f.key, message, duplicate: false });
    if (raw === '') {
      if (f.required) problem(msg(`${f.label} is verplicht.`, `${f.label} is required.`));
      return;
    }
    const converted = f.convert(raw, ctx.db);
    if ('error' in converted) problem(converted.error);
    else input[f.target ?? f.key] = converted.value;
  });
  return { row, input, issues };
}

type IssuesFrom = (row: number, fieldErrors: Record<string, string[]>, fallback: string) => RowIssue[];

/** Turns a method's field errors into issues on the columns those fields were read from. */
function issueMaker(def: KindDef, headers: string[], mapping: (string | null)[]): IssuesFrom {
  const columnOf = (property: string) => {
    const f = def.fields.find((x) => (x.target ?? x.key) === property);
    const col = f ? mapping.indexOf(f.key) : -1;
    return { field: f?.key ?? null, column: col >= 0 ? headers[col]! : '' };
  };
  return (row, fieldErrors, fallback) => {
    const entries = Object.entries(fieldErrors);
    if (entries.length === 0) return [{ row, column: '', field: null, message: fallback, duplicate: false }];
    return entries.flatMap(([path, messages]) =>
      messages.map((message) => ({ row, ...columnOf(path.split('.')[0]!), message, duplicate: false })),
    );
  };
}

/**
 * The row's duplicates: of a record already in Wijkhuis (`known`), or of an earlier row of the file
 * (`inFile`, to which this row's identities are added).
 */
function duplicatesOf(def: KindDef, p: Prepared, known: Map<string, string>, inFile: Map<string, number>): RowIssue[] {
  const row = p.row.row;
  const duplicates: RowIssue[] = [];
  for (const identity of def.identities(p.input)) {
    const existing = known.get(identity.key);
    const earlier = inFile.get(identity.key);
    if (existing !== undefined)
      duplicates.push({
        row,
        column: '',
        field: null,
        message: compose((t, lang) =>
          lang === 'nl'
            ? `Staat al in Wijkhuis: ${existing} (${t(identity.what)}).`
            : `Already in Wijkhuis: ${existing} (${t(identity.what)}).`,
        ),
        duplicate: true,
      });
    else if (earlier !== undefined)
      duplicates.push({
        row,
        column: '',
        field: null,
        message: compose((t, lang) =>
          lang === 'nl'
            ? `Staat twee keer in het bestand (${t(identity.what)} als rij ${earlier}).`
            : `Is in the file twice (${t(identity.what)} as row ${earlier}).`,
        ),
        duplicate: true,
      });
  }
  for (const identity of def.identities(p.input)) if (!inFile.has(identity.key)) inFile.set(identity.key, row);
  return duplicates;
}

/** Checks one row and creates it in a savepoint of its own; its issues, or none when it was created. */
function createRow(rowCtx: Ctx, def: KindDef, p: Prepared, issuesFrom: IssuesFrom): RowIssue[] {
  const rowNumber = p.row.row;
  const parsed = def.create.input.safeParse(p.input);
  if (p.issues.length || !parsed.success) {
    // Every problem of the row at once, without a second message for a cell that could not be read.
    const unread = new Set(p.issues.map((i) => i.field));
    const invalid = parsed.success
      ? []
      : issuesFrom(rowNumber, fieldErrorsOf(parsed.error), 'Deze rij is niet geldig.').filter(
          (i) => !unread.has(i.field),
        );
    return [...p.issues, ...invalid];
  }
  try {
    rowCtx.db.transaction(() => {
      const out = def.create.handler(rowCtx, parsed.data);
      if (out instanceof Promise) throw new Error(`${def.kind}: a create handler must be synchronous`);
    })();
    return [];
  } catch (error) {
    const apiError = toApiError(error);
    // A full disk or a busy database is not the row's fault: stop the whole import with that message.
    if (apiError.code === 'UNAVAILABLE' || apiError.code === 'INTERNAL' || apiError.code === 'FORBIDDEN') throw error;
    return issuesFrom(rowNumber, apiError.fieldErrors, apiError.message);
  }
}

/**
 * Runs the kind's real create method for every row, inside the caller's transaction, each row in a
 * savepoint of its own so a refused row leaves nothing while the next rows still get checked.
 * The caller decides what happens to the whole: roll back (preview) or keep it when there are no issues.
 */
export function importRows(
  ctx: Ctx,
  def: KindDef,
  file: ParsedFile,
  mapping: (string | null)[],
  skipDuplicates: boolean,
  fileName: string,
) {
  checkMapping(def, file.headers, mapping);
  const issuesFrom = issueMaker(def, file.headers, mapping);
  const known = new Map(def.existing(ctx.db).map((e) => [e.key, e.name]));
  const inFile = new Map<string, number>();
  const today = localDate(ctx.clock.now());
  const prepared = file.rows.map((r) => prepare(ctx, def, file.headers, mapping, r, today));
  const ordered = def.rank ? [...prepared].sort((a, b) => def.rank!(a.input) - def.rank!(b.input)) : prepared;

  const report: ImportReport = {
    kind: def.kind,
    fileName,
    sheet: file.sheet,
    rows: file.rows.length,
    created: 0,
    skipped: 0,
    issues: [],
    skippedRows: [],
  };
  const audits: AuditEntry[] = [];
  const rowCtx: Ctx = { ...ctx, audit: (entry) => audits.push(entry) };

  for (const p of ordered) {
    const duplicates = duplicatesOf(def, p, known, inFile);
    if (duplicates.length) {
      const first = duplicates.slice(0, 1);
      if (skipDuplicates) {
        report.skipped += 1;
        report.skippedRows.push(...first);
      } else report.issues.push(...first, ...p.issues);
      continue;
    }
    const issues = createRow(rowCtx, def, p, issuesFrom);
    if (issues.length) report.issues.push(...issues);
    else report.created += 1;
  }
  report.issues.sort((a, b) => a.row - b.row);
  report.skippedRows.sort((a, b) => a.row - b.row);
  return { report, audits };
}

/** The refusal of a commit with issues: the message names the rows, the field errors carry every issue. */
export function refusal(report: ImportReport): ApiError {
  const rows = [...new Set(report.issues.map((i) => i.row))];
  const listed = rows.length > 10 ? `${rows.slice(0, 10).join(', ')} en ${rows.length - 10} andere` : rows.join(', ');
  const listedEn = rows.length > 10 ? `${rows.slice(0, 10).join(', ')} and ${rows.length - 10} others` : listed;
  const fieldErrors: Record<string, string[]> = {};
  for (const i of report.issues)
    (fieldErrors[`rows.${i.row}.${i.field ?? '_'}`] ??= []).push(
      i.column ? compose((t) => `${i.column}: ${t(i.message)}`) : i.message,
    );
  return new ApiError(
    'VALIDATION',
    msg(
      `Er is niets geïmporteerd: ${rows.length === 1 ? `rij ${listed} bevat` : `de rijen ${listed} bevatten`} fouten. Verbeter ze en importeer het bestand opnieuw.`,
      `Nothing was imported: ${rows.length === 1 ? `row ${listed} has` : `rows ${listedEn} have`} errors. Correct them and import the file again.`,
    ),
    fieldErrors,
  );
}
