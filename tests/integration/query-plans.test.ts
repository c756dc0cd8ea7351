import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { openCore } from '../helpers';

/** The plan of a query, flattened; a full `SCAN` of a big table means a missing index. */
function plan(db: Db, sql: string, params: Record<string, unknown> = {}): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

const BIG_TABLES = ['bookings', 'booking_rooms', 'audit_log'];

function expectNoFullScan(p: string): void {
  for (const table of BIG_TABLES) expect(p, p).not.toMatch(new RegExp(`^SCAN ${table}\\b(?! USING)`, 'm'));
}

describe('hot queries use their indexes', () => {
  it('the conflict check searches booking_rooms by room and start', async () => {
    const core = await openCore();
    const p = plan(core.db, `SELECT br.booking_id FROM booking_rooms br JOIN bookings b ON b.id = br.booking_id JOIN rooms r ON r.id = br.room_id
      WHERE br.room_id = 1 AND br.active = 1 AND br.busy_from >= '2027-01-01T00:00' AND br.busy_from < '2027-01-09T00:00' AND br.busy_to > '2027-01-08T00:00'
      AND NOT (b.status = 'optie' AND b.option_until < '2027-01-01')`);
    expect(p).toContain('booking_rooms_busy');
    expectNoFullScan(p);
  });

  it('the calendar range query searches bookings by start', async () => {
    const core = await openCore();
    const p = plan(core.db, `SELECT b.id FROM bookings b JOIN renters r ON r.id = b.renter_id
      WHERE b.start >= '2027-01-01T00:00' AND b.start < '2027-01-15T00:00' AND b.end > '2027-01-08T00:00'`);
    expect(p).toContain('bookings_start');
    expectNoFullScan(p);
  });

  it('the audit log pages newest first through its index', async () => {
    const core = await openCore();
    const p = plan(core.db, 'SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT 100');
    expect(p).toMatch(/audit_log_at/);
    const byEntity = plan(core.db, "SELECT * FROM audit_log WHERE entity = 'bookings' AND entity_id = '7' ORDER BY at DESC");
    expect(byEntity).toContain('audit_log_entity');
  });
});
