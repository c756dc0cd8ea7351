import type { Db } from '../../platform/database';
import type { EraseScope, RecordType, RegisterKind } from './schemas';
import { formatDateNl } from '../../platform/clock';
import { msg } from '../../platform/messages';

/** What a kind of record with personal data is, and the pieces the definitions share. */

/** What every erasure needs to know: today, the moment, who asks, and from which date the fiscal period runs. */
export interface EraseEnv {
  today: string;
  now: string;
  actorId: number | null;
  /** Financial records dated on or after this day are inside the fiscal retention period. */
  fiscalFrom: string;
  fiscalMonths: number;
}

/** Which erasures a record allows now; an empty list is a refusal, and note says why (a `msg`, in both languages). */
export interface EraseOptions {
  scopes: EraseScope[];
  note: string | null;
}

/** One kind of record that holds personal data: how to find it, what to export with it, how to erase it. */
export interface RecordDef {
  type: RecordType;
  kind: RegisterKind;
  table: string;
  /** Text columns searched for a name or e-mail address. */
  text: string[];
  /** Phone columns, compared on digits only. */
  phone?: string[];
  /** Extra SQL condition on the record (alias t). */
  where?: string;
  /** SQL expressions (alias t) for the result list. */
  title: string;
  detail: string;
  /** Columns whose values are this person's; they are scrubbed from the audit log on erasure. */
  personal: string[];
  /**
   * Where the audit log writes about this record: its entity (with the record's id; none when the log files it
   * under something else, as key handouts under their key), the word summaries name it by ("huurder #12") and
   * patterns of older summaries that put a personal value in a capture group.
   */
  audit?: { entity?: string; ref: string; legacy?: RegExp[] };
  /** Columns left out of an export (secrets, file contents). */
  omit?: string[];
  /** Related rows exported with the record: SQL with one ? for the record id. */
  related?: Record<string, string>;
  options: (db: Db, id: number, env: EraseEnv) => EraseOptions;
  erase: (db: Db, id: number, scope: EraseScope, env: EraseEnv) => void;
}

export const ANONYMISED_NAME = 'Geanonimiseerd';
export const FULL: EraseOptions = { scopes: ['volledig', 'contact'], note: null };
export const ONLY_FULL: EraseOptions = { scopes: ['volledig'], note: null };
export const refuse = (note: string): EraseOptions => ({ scopes: [], note });

export const count = (db: Db, sql: string, ...args: unknown[]): number =>
  (db.prepare(sql).get(...args) as { n: number }).n;

/** The day a financial record dated `date` leaves the fiscal period ('do 24 dec 2026' in Dutch, the ISO date in English). */
export function fiscalUntil(date: string, env: EraseEnv): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + env.fiscalMonths);
  const day = d.toISOString().slice(0, 10);
  return msg(formatDateNl(day), day);
}

export const FINAL_APPLICATION = "('niet_ontvankelijk', 'afgewezen', 'afgesloten', 'ingetrokken')";
/** The day an application ended: closed, decided, or last changed. */
export const APPLICATION_END = 'coalesce(closed_on, decided_on, substr(updated_at, 1, 10))';
