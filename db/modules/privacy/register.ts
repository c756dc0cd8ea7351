import type { Db } from '../../platform/database';
import { REGISTER_KINDS, RETENTION_BOUNDS, RETENTION_KINDS, type RegisterKind, type RetentionKind } from './schemas';
import { getSettings } from '../system/settings';

export type RetentionPeriods = Record<RetentionKind, number> & { incident: number };

/** The retention periods in months; the incidents' period stays where it was, in the settings. */
export function retentionPeriods(db: Db): RetentionPeriods {
  const rows = db.prepare('SELECT kind, months FROM retention_periods').all() as {
    kind: RetentionKind;
    months: number;
  }[];
  const periods = Object.fromEntries(rows.map((r) => [r.kind, r.months])) as Record<RetentionKind, number>;
  return { ...periods, incident: getSettings(db).incidentRetentionMonths };
}

/** The day `months` calendar months before `date` (clamped at month ends, as Date does). */
export function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

export interface RegisterEntry {
  kind: RegisterKind;
  /** null: no period of its own (visitors are only counted; mail goes with its person). */
  months: number | null;
  min: number | null;
  max: number | null;
  /** The period of incidents is also on the settings screen. */
  inSettings: boolean;
}

/** The register's variable part; what is kept, why and where is text in the screens' translations. */
export function register(db: Db): RegisterEntry[] {
  const periods = retentionPeriods(db);
  return REGISTER_KINDS.map((kind) => {
    // Visitors are only counted; mail has no period of its own: it is kept and erased with its person.
    const own = kind === 'bezoeker' || kind === 'email' ? null : kind;
    const months = own === null ? null : periods[own];
    const bounds = own === null ? null : RETENTION_BOUNDS[own];
    return { kind, months, min: bounds?.min ?? null, max: bounds?.max ?? null, inSettings: kind === 'incident' };
  });
}

/** Writes the given periods, changed `now` by `by`; returns "kind: old → new" parts for the audit row. */
export function setRetentionPeriods(db: Db, changes: Partial<RetentionPeriods>, by: string, now: string): string[] {
  const before = retentionPeriods(db);
  const changed: string[] = [];
  const update = db.prepare('UPDATE retention_periods SET months = ?, updated_at = ?, updated_by = ? WHERE kind = ?');
  for (const kind of RETENTION_KINDS) {
    const months = changes[kind];
    if (months === undefined || months === before[kind]) continue;
    update.run(months, now, by, kind);
    changed.push(`${kind}: ${before[kind]} → ${months} maanden`);
  }
  if (changes.incident !== undefined && changes.incident !== before.incident) {
    db.prepare(
      "INSERT INTO settings (key, value) VALUES ('incidentRetentionMonths', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(JSON.stringify(changes.incident));
    changed.push(`incident: ${before.incident} → ${changes.incident} maanden`);
  }
  return changed;
}
