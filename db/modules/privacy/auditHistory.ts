import type { Db } from '../../platform/database';
import type { RecordDef } from './recordDef';

/**
 * The audit log and a person's record. Summaries written now name a person's record by number ("Huurder #12")
 * and personal fields only as "gewijzigd", so they hold no personal value. Older versions wrote names, contact
 * details and whole inputs into summaries; erasing a record therefore also reads the record's own history for
 * the values it once had, scrubs those everywhere, and blanks inputs logged whole.
 */

export const SCRUBBED = '[geanonimiseerd]';
const INPUT_REMOVED = 'Invoer verwijderd bij anonimiseren';

/** Labels older versions used for personal fields, with "oud" → "nieuw" in quotes after them. */
const PERSONAL_CHANGE =
  /(?:Naam van de aanvrager|Naam|Telefoon|E-mail|Contactpersoon|Factuuradres|Adres|IBAN|Sleutelhouder|Account|Registratienummer): ((?:"[^"]*"|\(leeg\)) → (?:"[^"]*"|\(leeg\)))/g;

/** Input fields that held a person's name or contact details, when a whole input was logged as JSON. */
const PERSONAL_JSON =
  /"(name|username|email|phone|address|contactPerson|contactName|contactEmail|contactPhone|contactAddress|invoiceAddress|holderName|keyHolder|applicantName|iban|emergencyContact|organiserName|reportedBy|reportedByName)":"((?:[^"\\]|\\.)*)"/g;

interface AuditRow {
  id: number;
  summary: string;
}

/** The rows about this record itself (entity and id), oldest first. */
function rowsOfRecord(db: Db, def: RecordDef, id: number): AuditRow[] {
  if (!def.audit?.entity) return [];
  return db
    .prepare('SELECT id, summary FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
    .all(def.audit.entity, String(id)) as AuditRow[];
}

/** A value worth scrubbing: long enough not to hit unrelated words, and not a number reference or a blank. */
export function worthScrubbing(value: string): boolean {
  const v = value.trim();
  return v.length >= 4 && !v.startsWith('Geanonimiseerd') && !v.includes(SCRUBBED) && !/#\d+$/.test(v);
}

function jsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** Values the record had before, as far as older summaries about it still show them. */
export function formerValues(db: Db, def: RecordDef, id: number): string[] {
  const found: string[] = [];
  for (const { summary } of rowsOfRecord(db, def, id)) {
    for (const m of summary.matchAll(PERSONAL_CHANGE)) for (const q of m[1]!.matchAll(/"([^"]*)"/g)) found.push(q[1]!);
    if (summary.startsWith('{')) for (const m of summary.matchAll(PERSONAL_JSON)) found.push(jsonString(m[2]!));
    for (const pattern of def.audit?.legacy ?? []) {
      const m = summary.match(pattern);
      if (m) found.push(...m.slice(1).filter((v): v is string => typeof v === 'string'));
    }
  }
  // An account's earlier names are in the rows it wrote while it had them.
  if (def.type === 'gebruiker')
    for (const r of db.prepare('SELECT DISTINCT user_name AS n FROM audit_log WHERE user_id = ?').all(id) as {
      n: string;
    }[])
      found.push(r.n);
  return [...new Set(found.map((v) => v.trim()).filter(worthScrubbing))];
}

/** Removes a person's values from the audit log's summaries; who did what when, and to which record, stays. */
export function scrubAudit(db: Db, values: string[]): number {
  let changed = 0;
  const update = db.prepare('UPDATE audit_log SET summary = replace(summary, ?, ?) WHERE instr(summary, ?) > 0');
  for (const value of values) {
    // Summaries hold inputs as JSON, where quotes and backslashes are escaped.
    for (const form of new Set([value, JSON.stringify(value).slice(1, -1)]))
      changed += update.run(form, SCRUBBED, form).changes;
  }
  return changed;
}

export function scrubText(text: string, values: string[]): string {
  return values.reduce((t, v) => t.split(v).join(SCRUBBED), text);
}

/**
 * Scrubs the record's history by record: inputs older versions logged whole (they may hold notes, birth dates
 * and more than the register's columns) are replaced by a neutral text; the method, moment and user stay.
 */
export function blankLoggedInputs(db: Db, def: RecordDef, id: number): void {
  if (!def.audit?.entity) return;
  db.prepare(
    "UPDATE audit_log SET summary = ? WHERE entity = ? AND entity_id = ? AND substr(summary, 1, 1) IN ('{', '[')",
  ).run(INPUT_REMOVED, def.audit.entity, String(id));
}

export interface AuditAbout {
  moment: string;
  door: string;
  functie: string;
  onderdeel: string;
  samenvatting: string;
}

/**
 * The audit entries about a person's record, for an inzageverzoek: those of the record itself, those naming it
 * by number ("vrijwilliger #3" on a shift) and older ones that still carry one of its current values.
 */
export function auditAbout(db: Db, def: RecordDef, id: number, values: string[]): AuditAbout[] {
  const conditions: string[] = [];
  const args: unknown[] = [];
  const entity = def.audit?.entity ?? null;
  if (entity) {
    conditions.push('(entity = ? AND entity_id = ?)');
    args.push(entity, String(id));
  }
  if (def.audit) {
    conditions.push("lower(summary) LIKE '%' || ? || '%'");
    args.push(`${def.audit.ref.toLowerCase()} #${id}`);
  }
  for (const value of values) {
    conditions.push('instr(summary, ?) > 0');
    args.push(value);
  }
  if (!conditions.length) return [];
  const rows = db
    .prepare(
      `SELECT entity, entity_id AS entityId, at AS moment, user_name AS door, method AS functie, entity AS onderdeel, summary AS samenvatting
      FROM audit_log WHERE ${conditions.join(' OR ')} ORDER BY id LIMIT 5000`,
    )
    .all(...args) as (AuditAbout & { entity: string; entityId: string | null })[];
  // "vrijwilliger #3" must not take the rows of vrijwilliger #31.
  const ref = def.audit ? new RegExp(`${def.audit.ref} #${id}(?!\\d)`, 'i') : null;
  return rows
    .filter(
      (r) =>
        (entity !== null && r.entity === entity && r.entityId === String(id)) ||
        (ref && ref.test(r.samenvatting)) ||
        values.some((v) => r.samenvatting.includes(v)),
    )
    .map(({ moment, door, functie, onderdeel, samenvatting }) => ({ moment, door, functie, onderdeel, samenvatting }));
}
