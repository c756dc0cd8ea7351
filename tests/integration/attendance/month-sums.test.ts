import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Db } from '../../../db/platform/database';
import { openCore, setUp } from '../../helpers';

// The month sums of migration 012 (issue 19: the five-year report reads them) must always equal the counts they
// add up, whatever happens to a session: counted, recounted, moved, cancelled, restored, deleted, its activity gone.

const fromCounts = (db: Db) => ({
  months: db
    .prepare(
      `SELECT s.activity_id, substr(s.date, 1, 7) AS month, count(*), sum(n.total), sum(n.new_visitors), sum(n.volunteers_present)
       FROM sessions s JOIN session_counts n ON n.session_id = s.id WHERE s.cancelled = 0 GROUP BY 1, 2 ORDER BY 2, 1`,
    )
    .raw()
    .all(),
  bands: db
    .prepare(
      `SELECT s.activity_id, substr(s.date, 1, 7) AS month, b.band_id, sum(b.count)
       FROM sessions s JOIN session_band_counts b ON b.session_id = s.id WHERE s.cancelled = 0 GROUP BY 1, 2, 3 HAVING sum(b.count) <> 0 ORDER BY 2, 1, 3`,
    )
    .raw()
    .all(),
});
const fromSums = (db: Db) => ({
  months: db
    .prepare(
      `SELECT activity_id, month, sessions, total, new_visitors, volunteers_present FROM attendance_months
       WHERE sessions <> 0 OR total <> 0 OR new_visitors <> 0 OR volunteers_present <> 0 ORDER BY 2, 1`,
    )
    .raw()
    .all(),
  bands: db
    .prepare(
      `SELECT m.activity_id, m.month, CAST(b.key AS INTEGER), b.value FROM attendance_months m, json_each(m.bands) b
       WHERE b.value <> 0 ORDER BY 2, 1, 3`,
    )
    .raw()
    .all(),
});

const step = fc.oneof(
  fc.record({
    kind: fc.constant('count' as const),
    session: fc.nat(11),
    total: fc.nat(40),
    bands: fc.array(fc.nat(9), { maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('uncount' as const), session: fc.nat(11) }),
  fc.record({ kind: fc.constant('move' as const), session: fc.nat(11), days: fc.integer({ min: -70, max: 70 }) }),
  fc.record({ kind: fc.constant('switch' as const), session: fc.nat(11), activity: fc.nat(2) }),
  fc.record({ kind: fc.constant('cancel' as const), session: fc.nat(11), cancelled: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), session: fc.nat(11) }),
  fc.record({ kind: fc.constant('dropActivity' as const), activity: fc.nat(2) }),
);

describe('the attendance month sums', () => {
  it('equal the counts after any sequence of changes to sessions and their counts', async () => {
    const core = await openCore();
    await setUp(core);
    const db = core.db;
    const category = (db.prepare('SELECT id FROM activity_categories LIMIT 1').get() as { id: number }).id;
    const bands = (db.prepare('SELECT id FROM age_bands ORDER BY id').all() as { id: number }[]).map((b) => b.id);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const run = db.transaction(() => {
          db.exec('DELETE FROM activities');
          const activities = [0, 1, 2].map((i) =>
            Number(
              db
                .prepare(
                  `INSERT INTO activities (name, organiser_kind, category_id, priority_groups, created_at) VALUES (?, 'welzijnsaanbieder', ?, '[]', '2026-01-01T00:00')`,
                )
                .run(`Activiteit ${i}`, category).lastInsertRowid,
            ),
          );
          const sessions = Array.from({ length: 12 }, (_, i) =>
            Number(
              db
                .prepare(`INSERT INTO sessions (activity_id, date, start, end) VALUES (?, ?, ?, ?)`)
                .run(
                  activities[i % 3],
                  `2026-0${1 + (i % 6)}-${String(10 + i).padStart(2, '0')}`,
                  '2026-01-01T10:00',
                  '2026-01-01T12:00',
                ).lastInsertRowid,
            ),
          );
          for (const s of steps) {
            const id = 'session' in s ? sessions[s.session]! : 0;
            // A deleted session (or one of a deleted activity) cannot be counted or changed any more.
            if ('session' in s && !db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(id)) continue;
            if (s.kind === 'count') {
              db.prepare(
                `INSERT INTO session_counts (session_id, total, new_visitors, volunteers_present, updated_at, updated_by) VALUES (?, ?, ?, ?, '2026-01-01T00:00', 'test')
                 ON CONFLICT (session_id) DO UPDATE SET total = excluded.total, new_visitors = excluded.new_visitors, volunteers_present = excluded.volunteers_present`,
              ).run(id, s.total, s.total % 7, s.total % 3);
              db.prepare('DELETE FROM session_band_counts WHERE session_id = ?').run(id);
              for (const [i, n] of s.bands.entries())
                db.prepare('INSERT INTO session_band_counts (session_id, band_id, count) VALUES (?, ?, ?)').run(
                  id,
                  bands[i]!,
                  n,
                );
              if (s.bands.length > 0)
                db.prepare('UPDATE session_band_counts SET count = count + 1 WHERE session_id = ? AND band_id = ?').run(
                  id,
                  bands[0]!,
                );
            } else if (s.kind === 'uncount') {
              db.prepare('DELETE FROM session_counts WHERE session_id = ?').run(id);
              db.prepare('DELETE FROM session_band_counts WHERE session_id = ?').run(id);
            } else if (s.kind === 'move') {
              db.prepare("UPDATE sessions SET date = date(date, ? || ' days') WHERE id = ?").run(String(s.days), id);
            } else if (s.kind === 'switch') {
              if (!db.prepare('SELECT 1 FROM activities WHERE id = ?').get(activities[s.activity]!)) continue;
              db.prepare('UPDATE sessions SET activity_id = ? WHERE id = ?').run(activities[s.activity]!, id);
            } else if (s.kind === 'cancel') {
              db.prepare('UPDATE sessions SET cancelled = ? WHERE id = ?').run(s.cancelled ? 1 : 0, id);
            } else if (s.kind === 'delete') {
              db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
            } else {
              db.prepare('DELETE FROM activities WHERE id = ?').run(activities[s.activity]!);
            }
            expect(fromSums(db)).toEqual(fromCounts(db));
          }
          throw new Rollback();
        });
        try {
          run();
        } catch (e) {
          if (!(e instanceof Rollback)) throw e;
        }
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});

class Rollback extends Error {}
