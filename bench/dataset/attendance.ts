import { addDays, localDateTime } from '../../db/platform/clock';
import type { GenContext } from './context';
import type { BookingsResult } from './bookings';

const SERIES_PER_ACTIVITY = 5;
const GROUPS = [[], ['jeugd'], ['ouderen'], ['kwetsbare bewoners'], ['ouderen', 'kwetsbare bewoners']] as const;

/** A count with a breakdown over the age bands (each band present, the rest "onbekend"): 1 + bands rows. */
function countsFor(ctx: GenContext, sessionId: number, bandIds: number[]) {
  const { random } = ctx;
  const total = random.int(bandIds.length + 2, 45);
  let left = total - random.int(0, 2);
  const bands = bandIds.map((bandId, i) => {
    const count =
      i === bandIds.length - 1
        ? Math.max(1, left)
        : Math.max(
            1,
            Math.min(left - (bandIds.length - i - 1), random.int(1, Math.ceil((2 * left) / (bandIds.length - i)))),
          );
    left -= count;
    return { bandId, count };
  });
  const sum = bands.reduce((s, b) => s + b.count, 0);
  return {
    sessionId,
    total: Math.max(total, sum),
    bands,
    newVisitors: random.int(0, 3),
    volunteersPresent: random.int(0, 4),
  };
}

/**
 * Activities on three quarters of the booking series (their sessions come from the bookings, as in
 * the app), counts on the past sessions through attendance.setCounts, and open walk-in sessions
 * (attendance.walkInSession) until the count rows per session and age band (session_band_counts)
 * reach the amount; each session also has its one total row in session_counts.
 */
export async function generateAttendance(
  ctx: GenContext,
  bookings: BookingsResult,
): Promise<{ activities: number; sessions: number; rows: number }> {
  const { caller, random, amounts, time } = ctx;
  const db = caller.core.db;
  const categories = (db.prepare('SELECT id FROM activity_categories').all() as { id: number }[]).map((c) => c.id);
  const bandIds = (
    db.prepare('SELECT id FROM age_bands WHERE active = 1 ORDER BY sort_order').all() as { id: number }[]
  ).map((b) => b.id);
  const linked = bookings.series.filter(() => random.chance(0.75));
  let activities = 0;
  for (let i = 0; i < linked.length; i += SERIES_PER_ACTIVITY) {
    const group = linked.slice(i, i + SERIES_PER_ACTIVITY);
    await caller.call('activities.create', {
      name: group[0]!.title,
      organiserKind: 'huurder',
      renterId: group[0]!.renterId,
      categoryId: random.pick(categories),
      priorityGroups: [...random.pick(GROUPS)],
      wijk: random.pick(['Tarwewijk', 'Carnisse', '']),
      seriesIds: group.map((s) => s.seriesId),
    });
    activities++;
  }
  caller.commit();

  const now = localDateTime(caller.core.clock.now()).slice(0, 16);
  const sessions = (
    db.prepare('SELECT id FROM sessions WHERE cancelled = 0 AND start <= ? ORDER BY start').all(now) as { id: number }[]
  ).map((s) => s.id);
  const rowsPerSession = bandIds.length;
  const share = Math.min(1, amounts.attendanceRows / (sessions.length * rowsPerSession));
  let rows = 0;
  let counted = 0;
  for (const sessionId of sessions) {
    if (rows >= amounts.attendanceRows) break;
    if (!random.chance(share)) continue;
    await caller.call('attendance.setCounts', countsFor(ctx, sessionId, bandIds));
    rows += rowsPerSession;
    counted++;
    if (counted % 20_000 === 0) ctx.log(`tellingen: ${rows} regels`);
  }

  // The open walk-in of three activities fills the rest, going back from yesterday.
  const walkIns: number[] = [];
  for (const name of ['Open inloop huiskamer', 'Inloopspreekuur', 'Koffie-inloop']) {
    walkIns.push(
      (
        await caller.call<{ id: number }>('activities.create', {
          name,
          organiserKind: 'welzijnsaanbieder',
          organiserName: 'Wmo radar',
          categoryId: categories.at(-1),
          walkIn: true,
          priorityGroups: ['kwetsbare bewoners'],
        })
      ).id,
    );
    activities++;
  }
  for (let day = 1; rows < amounts.attendanceRows; day++) {
    const date = addDays(time.today, -day);
    for (const activityId of walkIns) {
      for (const daypart of ['ochtend', 'middag', 'avond'] as const) {
        if (rows >= amounts.attendanceRows) break;
        const s = await caller.call<{ id: number }>('attendance.walkInSession', { activityId, date, daypart });
        await caller.call('attendance.setCounts', countsFor(ctx, s.id, bandIds));
        rows += rowsPerSession;
        counted++;
      }
    }
  }
  caller.commit();
  return { activities, sessions: counted, rows };
}
