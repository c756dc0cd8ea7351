import type { Db } from '../../platform/database';
import { addDays, isoWeekday, localDate, localDateTime, type Clock } from '../../platform/clock';
import { volunteerInput, templateInput } from './schemas';
import { insertVolunteer } from './volunteers';
import { listRoles } from './roles';
import { insertCertificate } from './certificates';
import { insertTemplate, generateShifts } from './templates';
import { shiftsBetween } from './shifts';

type Daypart = 'ochtend' | 'middag' | 'avond';
const weekdays = (days: number[], parts: Daypart[]) =>
  days.flatMap((weekday) => parts.map((daypart) => ({ weekday, daypart })));

/** Name, phone, roles, availability, years active and anything else of the demo volunteers. */
const PEOPLE: [
  string,
  string,
  string[],
  ReturnType<typeof weekdays>,
  number,
  Partial<Parameters<typeof volunteerInput.parse>[0]>?,
][] = [
  [
    'Piet van Dijk',
    '06 10 00 00 01',
    ['sleutelhouder', 'klussen'],
    weekdays([1, 2, 3, 4, 5, 6], ['avond']).concat(weekdays([6], ['ochtend', 'middag'])),
    9,
  ],
  [
    'Fatma Demir',
    '06 10 00 00 02',
    ['gastvrouw/gastheer', 'balie'],
    weekdays([1, 2, 3], ['ochtend']),
    4,
    { languages: ['Nederlands', 'Turks'] },
  ],
  ['Jan de Graaf', '06 10 00 00 03', ['balie', 'bar'], weekdays([1, 3, 5], ['ochtend', 'middag']), 7],
  [
    'Naima Bouzid',
    '06 10 00 00 04',
    ['taalmaatje', 'gastvrouw/gastheer'],
    weekdays([2, 4], ['ochtend']),
    2,
    { languages: ['Nederlands', 'Arabisch', 'Frans'] },
  ],
  ['Kees Verhoeven', '06 10 00 00 05', ['sleutelhouder', 'bar'], weekdays([1, 2, 3, 4, 5], ['avond']), 12],
  [
    'Anita Sewdien',
    '06 10 00 00 06',
    ['financieel spreekuur'],
    weekdays([2], ['middag']),
    3,
    { languages: ['Nederlands', 'Sranantongo'] },
  ],
  [
    'Mohamed Haddou',
    '06 10 00 00 07',
    ['balie', 'gastvrouw/gastheer'],
    weekdays([1, 2, 3, 4, 5], ['middag']),
    1,
    { tegenprestatie: true, tegenprestatieHours: 8 },
  ],
  ['Els Kroon', '06 10 00 00 08', ['kinderactiviteit', 'gastvrouw/gastheer'], weekdays([3], ['ochtend', 'middag']), 6],
  [
    'Wim Jansen',
    '06 10 00 00 09',
    ['klussen', 'sleutelhouder'],
    weekdays([4, 5, 6], ['ochtend', 'middag', 'avond']),
    15,
  ],
  ['Sanne Vos', '06 10 00 00 10', ['balie'], weekdays([4, 5], ['ochtend', 'middag']), 0],
  [
    'Yusuf Aydın',
    '06 10 00 00 11',
    ['bar', 'gastvrouw/gastheer'],
    weekdays([5, 6], ['middag', 'avond']),
    2,
    { status: 'pauze' },
  ],
  ['Greet Hoogendoorn', '06 10 00 00 12', ['gastvrouw/gastheer'], weekdays([1, 2, 4], ['ochtend']), 20],
];

/** The roster starts two weeks back and runs eight weeks: gaps in the later weeks. */
const rosterFrom = (today: string) => addDays(today, 1 - isoWeekday(today) - 14);
const ROSTER_DAYS = 8 * 7;

function registerVolunteers(db: Db, role: Record<string, number>, today: string, now: string): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const [name, phone, roles, availability, years, extra] of PEOPLE) {
    ids[name] = insertVolunteer(
      db,
      volunteerInput.parse({
        name,
        phone,
        roleIds: roles.map((r) => role[r]!),
        availability,
        startDate: addDays(today, -365 * years - 30),
        consentOn: addDays(today, -365 * years - 30),
        consentPurpose: 'Vrijwilligersregistratie en rooster',
        ...extra,
      }),
      now,
    );
  }
  return ids;
}

/** BHV, EHBO and VOG certificates of a few volunteers, some of them expiring soon. */
function seedCertificates(db: Db, ids: Record<string, number>, today: string): void {
  const cert = (
    name: string,
    kind: 'vog' | 'bhv' | 'ehbo',
    issuedDaysAgo: number,
    validDays: number | null,
    seenBy = 'Samira El Amrani',
  ) =>
    insertCertificate(db, {
      volunteerId: ids[name]!,
      kind,
      name: '',
      issuedOn: addDays(today, -issuedDaysAgo),
      expiresOn: validDays === null ? null : addDays(today, validDays - issuedDaysAgo),
      seenOn: kind === 'vog' ? addDays(today, -issuedDaysAgo + 3) : null,
      seenBy: kind === 'vog' ? seenBy : '',
      notes: '',
    });
  cert('Piet van Dijk', 'bhv', 300, 730);
  cert('Kees Verhoeven', 'bhv', 700, 730);
  cert('Wim Jansen', 'bhv', 100, 730);
  cert('Jan de Graaf', 'ehbo', 200, 730);
  cert('Anita Sewdien', 'vog', 400, null);
  cert('Naima Bouzid', 'vog', 1060, null);
  cert('Els Kroon', 'vog', 200, null);
}

/** Four templates and their shifts over the roster's eight weeks. */
function seedShifts(db: Db, role: Record<string, number>, today: string): void {
  const t = (name: string, days: number[], startTime: string, endTime: string, needs: [string, number][]) =>
    insertTemplate(
      db,
      templateInput.parse({
        name,
        weekdays: days,
        startTime,
        endTime,
        validFrom: addDays(today, -21),
        needs: needs.map(([r, count]) => ({ roleId: role[r]!, count })),
      }),
    );
  t('Ochtend balie', [1, 2, 3, 4, 5], '09:00', '13:00', [
    ['balie', 1],
    ['gastvrouw/gastheer', 1],
  ]);
  t('Middag balie', [1, 2, 3, 4, 5], '13:00', '17:00', [['balie', 1]]);
  t('Avond sleutelhouder', [1, 2, 3, 4, 5], '17:00', '22:00', [
    ['sleutelhouder', 1],
    ['bar', 1],
  ]);
  t('Zaterdag', [6], '10:00', '17:00', [
    ['sleutelhouder', 1],
    ['gastvrouw/gastheer', 1],
  ]);
  const monday = rosterFrom(today);
  generateShifts(db, monday, addDays(monday, ROSTER_DAYS - 1), null);
}

/** Fills most shifts from the volunteers' availability, round robin, leaving the later weeks thinner. */
function fillShifts(
  db: Db,
  role: Record<string, number>,
  ids: Record<string, number>,
  today: string,
  now: string,
): void {
  const plan = db.prepare(
    "INSERT INTO assignments (shift_id, volunteer_id, role_id, status, created_at) VALUES (?, ?, ?, 'ingepland', ?)",
  );
  const byRole = new Map<number, number[]>();
  // Nobody on a break is planned: the demo would show what the roster warns against.
  for (const [name, , roles] of PEOPLE.filter((p) => (p[5] as { status?: string } | undefined)?.status !== 'pauze'))
    for (const r of roles) byRole.set(role[r]!, [...(byRole.get(role[r]!) ?? []), ids[name]!]);
  const available = db.prepare('SELECT 1 FROM volunteer_availability WHERE volunteer_id = ? AND weekday = ?');
  const monday = rosterFrom(today);
  let turn = 0;
  for (const shift of shiftsBetween(db, monday, addDays(monday, ROSTER_DAYS - 1))) {
    const weeksAhead = Math.floor((Date.parse(shift.date) - Date.parse(today)) / (7 * 86_400_000));
    const taken = new Set<number>();
    for (const need of shift.needs) {
      const pool = (byRole.get(need.roleId) ?? []).filter((v) => available.get(v, isoWeekday(shift.date)));
      for (let k = 0; k < need.count && pool.length; k++) {
        if (weeksAhead >= 2 && turn++ % 3 === 0) continue;
        const v = pool[(turn++ + k) % pool.length]!;
        if (taken.has(v)) continue;
        taken.add(v);
        plan.run(shift.id, v, need.roleId, now);
      }
    }
  }
}

/**
 * Twelve volunteers with roles, availability and certificates, four shift templates and eight weeks
 * of shifts around today, mostly filled: enough gaps to show what the coordinator has to solve.
 */
export function seedDemoVolunteers(db: Db, clock: Clock): void {
  const today = localDate(clock.now());
  const now = localDateTime(clock.now());
  const role = Object.fromEntries(listRoles(db).map((r) => [r.name, r.id])) as Record<string, number>;
  const ids = registerVolunteers(db, role, today, now);
  seedCertificates(db, ids, today);
  seedShifts(db, role, today);
  fillShifts(db, role, ids, today, now);
}
