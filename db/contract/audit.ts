/** The audit log's writing side: every write method's rows go through here, in its transaction. */
import type { Db } from '../platform/database';
import type { Actor, AuditEntry } from './method';
import { localDateTime, type Clock } from '../platform/clock';

const SECRET_KEYS = /password|wachtwoord|current|next|database64/i;
/**
 * Input fields that hold contact details or names of people (privacy register): a write that does not write its
 * own audit row gets its input logged, and these must not land there, since erasure could not find them later.
 */
const PERSONAL_KEYS =
  /email|phone|address|contact|holder|iban|applicantName|organiserName|reportedBy|emergency|dateOfBirth|username/i;

/** A short readable account of an input, secrets and personal values left out. */
export function summarizeInput(input: unknown): string {
  const text = JSON.stringify(input, (key, value) => {
    if (key && SECRET_KEYS.test(key)) return '•••';
    if (key && PERSONAL_KEYS.test(key) && value !== '' && value !== null) return '(persoonsgegeven)';
    return value;
  });
  return text.length > 1000 ? `${text.slice(0, 997)}...` : text;
}

/**
 * How a field reads in the audit log: its Dutch name, how a value shows, or only that it changed: long texts
 * (onlyMention) and every field the privacy register calls personal (personal). A personal value never enters
 * the log, so erasing the person leaves nothing behind in it, not even the values the person had before.
 */
export type FieldLabel<V> =
  string | { label: string; show?: (value: V) => string; onlyMention?: boolean; personal?: boolean };

/**
 * How a summary names a person's record: by kind and number ("Huurder #12"), never by name or contact details,
 * so the log stays free of personal values; the record itself says who it is for as long as it may.
 */
export function personRef(kind: string, id: number | bigint | string): string {
  return `${kind} #${id}`;
}

/** Labels for every field of a record: a field added later cannot be left out of the audit log unnoticed. */
export type Labels<T> = { [K in keyof T]-?: FieldLabel<T[K]> };

/** A value as a reader of the audit log expects it: text in quotes, yes/no, lists joined, nothing as "(leeg)". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return '(leeg)';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : showValue(v))).join(', ');
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

/**
 * "Titel: "oud" → "nieuw"; Notities gewijzigd" in Dutch, for the fields of `labels` that changed, in their order:
 * what the audit log shows the beheerder instead of field names and JSON.
 */
export function describeChanges<T extends object>(
  before: T,
  after: T,
  labels: { [K in keyof T]?: FieldLabel<T[K]> },
): string {
  const changes = (Object.keys(labels) as (keyof T & string)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => {
      const spec = labels[key]!;
      const {
        label,
        show = showValue,
        onlyMention = false,
        personal = false,
      } = typeof spec === 'string' ? { label: spec } : spec;
      return onlyMention || personal ? `${label} gewijzigd` : `${label}: ${show(before[key])} → ${show(after[key])}`;
    });
  const text = changes.length ? changes.join('; ') : 'geen wijzigingen';
  return text.length > 1000 ? `${text.slice(0, 997)}...` : text;
}

/**
 * One audit row. The actor's id may be null for someone the database does not know by that id (the beheerder who
 * restored a file in which their account has another id): the row keeps the name only.
 */
export function writeAudit(
  db: Db,
  clock: Clock,
  actor: (Pick<Actor, 'name'> & { id: number | null }) | null,
  methodName: string,
  entry: AuditEntry,
): void {
  db.prepare(
    'INSERT INTO audit_log (at, user_id, user_name, method, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    localDateTime(clock.now()),
    actor?.id ?? null,
    actor?.name ?? 'systeem',
    methodName,
    entry.entity,
    entry.entityId == null ? null : String(entry.entityId),
    entry.summary,
  );
}
