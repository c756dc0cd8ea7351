import type { Db } from '../../platform/database';
import { addDays, localDate, localDateTime, type Clock } from '../../platform/clock';
import { activityInput } from './schemas';
import { ageBands, insertActivity } from './activities';
import { sessionsBetween, writeCounts } from './counts';

/** Activities linked to the demo programme, and plausible counts for every session that has passed. */
export function seedDemoActivities(db: Db, clock: Clock): void {
  insertDemoActivities(db, clock);
  let seed = 7;
  // Seeded, so the demo's counts come out the same on every run.
  const wobble = () => (seed = (seed * 9301 + 49297) % 233280) / 233280;
  countPastSessions(db, clock, wobble);
  countWalkIns(db, clock, wobble);
}

function insertDemoActivities(db: Db, clock: Clock): void {
  const category = Object.fromEntries(
    (db.prepare('SELECT id, name FROM activity_categories').all() as { id: number; name: string }[]).map((c) => [
      c.name,
      c.id,
    ]),
  ) as Record<string, number>;
  const series = (title: string) =>
    (
      db.prepare('SELECT series_id AS s FROM bookings WHERE title = ? AND series_id IS NOT NULL LIMIT 1').get(title) as
        { s: number } | undefined
    )?.s;
  const add = (
    name: string,
    cat: string,
    groups: string[],
    target: string,
    title: string | null,
    extra: Record<string, unknown> = {},
  ) =>
    insertActivity(
      db,
      clock,
      activityInput.parse({
        name,
        categoryId: category[cat],
        organiserKind: 'welzijnsaanbieder',
        organiserName: 'Wmo radar',
        priorityGroups: groups,
        targetGroup: target,
        wijk: 'Tarwewijk',
        seriesIds: title && series(title) ? [series(title)] : [],
        ...extra,
      }),
    );
  add('Open inloop', 'open inloop', ['kwetsbare bewoners'], 'Iedereen uit de buurt', null, {
    walkIn: true,
    description: 'Binnenlopen voor koffie, de krant en een praatje.',
  });
  add('Taalcafé', 'taal', ['kwetsbare bewoners'], 'Volwassenen die Nederlands willen oefenen', 'Taalcafé', {
    organiserKind: 'vrijwilligers',
    organiserName: 'Taalcafé Tarwewijk',
  });
  add('Valpreventie: In Balans', 'bewegen en valpreventie', ['ouderen'], '65-plussers', 'Valpreventie: In Balans');
  add('Kotercafé', 'kinderwerk', ['jeugd'], 'Ouders met kinderen van 0–4 jaar', 'Kotercafé', { wijk: 'Carnisse' });
  add(
    'Financieel spreekuur',
    'financieel spreekuur',
    ['kwetsbare bewoners'],
    'Hulp bij post, toeslagen en schulden',
    'Financieel spreekuur',
    { organiserKind: 'anders', organiserName: 'Stichting Geldzorg Zuid' },
  );
  add(
    'Buurtmaaltijd',
    'ontmoeting',
    ['ouderen', 'kwetsbare bewoners'],
    'Iedereen, vooral wie vaak alleen eet',
    'Buurtmaaltijd',
    { organiserKind: 'anders', organiserName: 'Buurtkeuken Zuid' },
  );
}

/** A count per age band (youngest first), with the total and the new visitors among them. */
function writeDemoCounts(
  db: Db,
  clock: Clock,
  sessionId: number,
  counts: number[],
  total: number,
  newVisitors: number,
): void {
  writeCounts(
    db,
    clock,
    {
      sessionId,
      total,
      bands: ageBands(db).map((b, i) => ({ bandId: b.id, count: counts[i] ?? 0 })),
      newVisitors,
      volunteersPresent: 2,
      women: null,
      men: null,
      note: '',
    },
    null,
  );
}

/** The sessions of the last 30 days that have begun, counted after each activity's usual visitors. */
function countPastSessions(db: Db, clock: Clock, wobble: () => number): void {
  const profile: Record<string, number[]> = {
    Taalcafé: [0, 0, 0, 2, 12, 3, 1],
    'Valpreventie: In Balans': [0, 0, 0, 0, 1, 7, 6],
    Kotercafé: [9, 2, 0, 0, 8, 0, 0],
    'Financieel spreekuur': [0, 0, 0, 1, 6, 1, 0],
    Buurtmaaltijd: [0, 2, 1, 1, 9, 6, 5],
  };
  const now = localDateTime(clock.now()).slice(0, 16);
  const today = now.slice(0, 10);
  for (const s of sessionsBetween(db, addDays(today, -30), today)) {
    const base = profile[s.activityName];
    if (!base || s.cancelled || s.start > now) continue;
    const counts = base.map((n) => Math.max(0, Math.round(n * (0.7 + wobble() * 0.6))));
    const known = counts.reduce((a, b) => a + b, 0);
    const total = known + (wobble() < 0.4 ? 1 : 0);
    writeDemoCounts(db, clock, s.id, counts, total, Math.round(total * 0.1));
  }
}

/** A morning of open inloop on every weekday of the last three weeks, with its count. */
function countWalkIns(db: Db, clock: Clock, wobble: () => number): void {
  const today = localDate(clock.now());
  const walkIn = db.prepare('SELECT id FROM activities WHERE walk_in = 1').get() as { id: number };
  const insert = db.prepare('INSERT INTO sessions (activity_id, date, daypart, start, end) VALUES (?, ?, ?, ?, ?)');
  for (let d = -21; d < 0; d++) {
    const date = addDays(today, d);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const sessionId = Number(insert.run(walkIn.id, date, 'ochtend', `${date}T08:00`, `${date}T13:00`).lastInsertRowid);
    const counts = [0, 1, 0, 1, 8, 6, 4].map((n) => Math.max(0, Math.round(n * (0.6 + wobble() * 0.8))));
    const total = counts.reduce((a, b) => a + b, 0) + 2;
    writeDemoCounts(db, clock, sessionId, counts, total, 1);
  }
}
