import type { Db } from '../../platform/database';
import { ApiError } from '../../platform/errors';
import { localDate, localDateTime, type Clock } from '../../platform/clock';
import type { EraseScope, RecordType, RegisterKind } from './schemas';
import { RECORD_DEFS, recordDef } from './records';
import type { EraseEnv, EraseOptions, RecordDef } from './recordDef';
import { monthsBefore, retentionPeriods } from './register';
import {
  auditAbout,
  blankLoggedInputs,
  formerValues,
  scrubAudit,
  worthScrubbing,
  type AuditAbout,
} from './auditHistory';
import { compose, msg } from '../../platform/messages';
import { eraseMailOf, mailRelated } from './mailRecords';

export interface FoundRecord {
  type: RecordType;
  kind: RegisterKind;
  id: number;
  title: string;
  detail: string;
  /** Already anonymised, and how far. */
  anonymised: EraseScope | null;
  options: EraseOptions;
}

export function eraseEnv(db: Db, actorId: number | null, clock: Clock): EraseEnv {
  const fiscalMonths = retentionPeriods(db).fiscaal;
  const today = localDate(clock.now());
  return {
    today,
    now: localDateTime(clock.now()),
    actorId,
    fiscalFrom: monthsBefore(today, fiscalMonths),
    fiscalMonths,
  };
}

const likeOf = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The digits that identify a phone number whatever its notation: '+31 6-1234 5678' and '06 12345678' both give '612345678'. */
export function phoneCore(s: string): string {
  return s.replace(/\D/g, '').replace(/^(0031|31|0)/, '');
}
const DIGITS_SQL = (col: string) =>
  `replace(replace(replace(replace(replace(t.${col}, ' ', ''), '-', ''), '(', ''), ')', ''), '.', '')`;

function anonymisedScope(db: Db, type: RecordType, id: number): EraseScope | null {
  const row = db
    .prepare('SELECT scope FROM anonymised_records WHERE record_type = ? AND record_id = ?')
    .get(type, id) as { scope: EraseScope } | undefined;
  return row?.scope ?? null;
}

/** What erasure a record allows now: nothing when it is already anonymised, else its own rules. */
export function optionsFor(db: Db, def: RecordDef, id: number, env: EraseEnv): EraseOptions {
  const done = anonymisedScope(db, def.type, id);
  if (done === 'volledig') return { scopes: [], note: msg('Al geanonimiseerd.', 'Already anonymised.') };
  const options = def.options(db, id, env);
  return done === 'contact'
    ? {
        scopes: options.scopes.filter((s) => s === 'volledig'),
        note:
          options.note ??
          msg('De contactgegevens zijn al verwijderd.', 'The contact details have already been removed.'),
      }
    : options;
}

/** Everything about one person across the modules: by name, e-mail address or phone number. */
export function findPerson(db: Db, query: string, env: EraseEnv): FoundRecord[] {
  const like = likeOf(query);
  const digits = phoneCore(query);
  const byPhone = digits.length >= 6;
  const found: FoundRecord[] = [];
  for (const def of RECORD_DEFS) {
    const conditions = def.text.map((c) => `t.${c} LIKE ? ESCAPE '\\'`);
    const args: unknown[] = def.text.map(() => like);
    if (byPhone)
      for (const c of def.phone ?? []) {
        conditions.push(`${DIGITS_SQL(c)} LIKE ?`);
        args.push(`%${digits}%`);
      }
    const rows = db
      .prepare(
        `SELECT t.id, ${def.title} AS title, ${def.detail} AS detail FROM ${def.table} t WHERE (${conditions.join(' OR ')}) ${def.where ? `AND ${def.where}` : ''} ORDER BY t.id LIMIT 200`,
      )
      .all(...args) as { id: number; title: string; detail: string }[];
    for (const r of rows) {
      found.push({
        type: def.type,
        kind: def.kind,
        id: r.id,
        title: r.title,
        detail: r.detail,
        anonymised: anonymisedScope(db, def.type, r.id),
        options: optionsFor(db, def, r.id, env),
      });
    }
  }
  return found;
}

function loadRow(db: Db, def: RecordDef, id: number): Record<string, unknown> {
  const row = db.prepare(`SELECT * FROM ${def.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row)
    throw new ApiError(
      'NOT_FOUND',
      msg('Dit item bestaat niet (meer). Zoek opnieuw.', 'This item does not exist (any more). Search again.'),
    );
  return row;
}

export interface ExportedRecord {
  type: RecordType;
  kind: RegisterKind;
  id: number;
  table: string;
  data: Record<string, unknown>;
  /** Related rows by name, with `auditlog`: what the audit log says about the record (the person may see that too). */
  related: Record<string, unknown[]> & { auditlog: AuditAbout[] };
}

/** A copy of the records for an inzageverzoek: each row with its related rows, without secrets or file contents. */
export function exportRecords(db: Db, targets: { type: RecordType; id: number }[]): ExportedRecord[] {
  return targets.map(({ type, id }) => {
    const def = recordDef(type);
    const row = loadRow(db, def, id);
    for (const column of def.omit ?? []) delete row[column];
    const related = {
      ...Object.fromEntries(Object.entries(def.related ?? {}).map(([name, sql]) => [name, db.prepare(sql).all(id)])),
      ...mailRelated(db, type, id),
    };
    const auditlog = auditAbout(db, def, id, personalValues(db, def, id));
    return { type, kind: def.kind, id, table: def.table, data: row, related: { ...related, auditlog } };
  });
}

export { scrubAudit, scrubText } from './auditHistory';

/** The current values of a person worth scrubbing: long enough not to hit unrelated words. */
export function personalValues(db: Db, def: RecordDef, id: number): string[] {
  const row = loadRow(db, def, id);
  const values = def.personal.map((c) => row[c]).filter((v): v is string => typeof v === 'string' && worthScrubbing(v));
  return [...new Set(values.map((v) => v.trim()))];
}

/**
 * Anonymises one record in the given scope, scrubs its values from the audit log and marks it.
 * Returns the values that were removed, so the caller can keep them out of what it writes next.
 */
export function anonymiseRecord(
  db: Db,
  type: RecordType,
  id: number,
  scope: EraseScope,
  reason: 'verzoek' | 'bewaartermijn',
  env: EraseEnv,
): string[] {
  const def = recordDef(type);
  // From here on SQLite overwrites what it frees, so erased values do not linger in free pages of the file.
  db.pragma('secure_delete = ON');
  const values = [...new Set([...personalValues(db, def, id), ...formerValues(db, def, id)])];
  eraseMailOf(db, type, id, env.now);
  def.erase(db, id, scope, env);
  blankLoggedInputs(db, def, id);
  scrubAudit(db, values);
  db.prepare(
    `INSERT INTO anonymised_records (record_type, record_id, scope, reason, anonymised_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (record_type, record_id) DO UPDATE SET scope = excluded.scope, reason = excluded.reason, anonymised_at = excluded.anonymised_at`,
  ).run(type, id, scope, reason, env.now);
  return values;
}

/**
 * Checks every target first and refuses the whole request when one may not be erased as asked, with
 * the reason next to that target; then anonymises them all. Runs inside the caller's transaction.
 */
export function eraseOnRequest(
  db: Db,
  targets: { type: RecordType; id: number; scope: EraseScope }[],
  env: EraseEnv,
): { values: string[] } {
  const refusals: Record<string, string[]> = {};
  targets.forEach((t, i) => {
    const def = recordDef(t.type);
    loadRow(db, def, t.id);
    const options = optionsFor(db, def, t.id, env);
    if (!options.scopes.includes(t.scope)) {
      const why =
        options.note ??
        msg('Alleen volledig anonimiseren is hier mogelijk.', 'Only full anonymisation is possible here.');
      refusals[`targets.${i}`] = [
        t.scope === 'volledig' && options.scopes.includes('contact')
          ? compose((p, lang) =>
              lang === 'nl' ? `${p(why)} Kies "alleen contactgegevens".` : `${p(why)} Choose "contact details only".`,
            )
          : why,
      ];
    }
  });
  const keys = Object.keys(refusals);
  if (keys.length) {
    const first = refusals[keys[0]!]![0]!;
    throw new ApiError(
      'CONFLICT',
      compose((p, lang) =>
        lang === 'nl'
          ? keys.length === 1
            ? `Niet geanonimiseerd: ${p(first)}`
            : `Niet geanonimiseerd: ${keys.length} items kunnen niet zo worden geanonimiseerd. ${p(first)}`
          : keys.length === 1
            ? `Not anonymised: ${p(first)}`
            : `Not anonymised: ${keys.length} items cannot be anonymised like that. ${p(first)}`,
      ),
      refusals,
    );
  }
  const values = new Set<string>();
  for (const t of targets) for (const v of anonymiseRecord(db, t.type, t.id, t.scope, 'verzoek', env)) values.add(v);
  return { values: [...values] };
}
