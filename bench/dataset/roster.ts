import { addDays } from '../../db/platform/clock';
import type { GenContext } from './context';
import { personName } from './house';

const DAYPARTS = ['ochtend', 'middag', 'avond'] as const;

/** Shift templates of a busy house; the counts are per role name, as the migration seeds the roles. */
const TEMPLATES = [
  {
    name: 'Ochtend',
    weekdays: [1, 2, 3, 4, 5],
    startTime: '09:00',
    endTime: '13:00',
    needs: { 'gastvrouw/gastheer': 4, balie: 2, bar: 2, sleutelhouder: 1, taalmaatje: 5 },
  },
  {
    name: 'Middag',
    weekdays: [1, 2, 3, 4, 5],
    startTime: '13:00',
    endTime: '17:30',
    needs: {
      'gastvrouw/gastheer': 4,
      balie: 2,
      bar: 2,
      sleutelhouder: 1,
      kinderactiviteit: 5,
      'financieel spreekuur': 2,
    },
  },
  {
    name: 'Avond',
    weekdays: [1, 2, 3, 4, 5],
    startTime: '18:00',
    endTime: '22:30',
    needs: { 'gastvrouw/gastheer': 4, balie: 1, bar: 4, sleutelhouder: 1, klussen: 2 },
  },
  {
    name: 'Zaterdag',
    weekdays: [6],
    startTime: '09:30',
    endTime: '17:30',
    needs: { 'gastvrouw/gastheer': 4, balie: 2, bar: 4, sleutelhouder: 1, kinderactiviteit: 4 },
  },
  {
    name: 'Buurtmaaltijd',
    weekdays: [4],
    startTime: '16:00',
    endTime: '20:30',
    needs: { 'gastvrouw/gastheer': 5, bar: 3, klussen: 2 },
  },
  { name: 'Klusdag', weekdays: [2, 4], startTime: '09:00', endTime: '16:00', needs: { klussen: 4, bar: 1 } },
];

/**
 * Volunteers with roles, availability and BHV certificates; the shift templates and ten years of
 * their shifts (roster.generate, a year at a time); then assignments through roster.assign until
 * `amounts.assignments`, spread evenly over the past, with the coming weeks only partly filled so
 * the roster has real gaps. Warnings (availability, double shifts) are confirmed as the coordinator would.
 */
export async function generateRoster(
  ctx: GenContext,
): Promise<{ volunteers: number; shifts: number; assignments: number }> {
  const { caller, random, amounts, time } = ctx;
  const db = caller.core.db;
  const roles = db.prepare('SELECT id, name FROM volunteer_roles').all() as { id: number; name: string }[];
  const roleId = (name: string) => roles.find((r) => r.name === name)!.id;
  const pools = new Map<number, number[]>(roles.map((r) => [r.id, []]));
  for (let i = 0; i < amounts.volunteers; i++) {
    const mine = [...new Set([roles[i % roles.length]!.id, random.pick(roles).id, random.pick(roles).id])];
    const v = await caller.call<{ id: number }>('volunteers.create', {
      name: personName(ctx, i),
      phone: `06 ${String(20_000_000 + i).slice(0, 8)}`,
      startDate: addDays(time.from, random.int(0, 60)),
      roleIds: mine,
      availability: [1, 2, 3, 4, 5, 6].flatMap((weekday) =>
        DAYPARTS.filter(() => random.chance(0.6)).map((daypart) => ({ weekday, daypart })),
      ),
    });
    for (const r of mine) pools.get(r)!.push(v.id);
    if (i % 4 === 0)
      await caller.call('volunteers.addCertificate', {
        volunteerId: v.id,
        kind: 'bhv',
        issuedOn: time.from,
        expiresOn: addDays(time.until, 365),
      });
  }

  for (const t of TEMPLATES) {
    await caller.call('roster.createTemplate', {
      ...t,
      validFrom: time.from,
      needs: Object.entries(t.needs).map(([name, count]) => ({ roleId: roleId(name), count })),
    });
  }
  for (let from = time.from; from <= time.until; from = addDays(from, 366)) {
    const to = addDays(from, 365) < time.until ? addDays(from, 365) : time.until;
    await caller.call('roster.generate', { from, to, templateId: null });
  }
  caller.commit();

  const slots = db
    .prepare(
      `SELECT s.id, s.start, n.role_id AS roleId, n.count FROM shifts s JOIN shift_needs n ON n.shift_id = s.id
    WHERE s.cancelled = 0 ORDER BY s.start, s.id, n.role_id`,
    )
    .all() as { id: number; start: string; roleId: number; count: number }[];
  const totalNeeds = slots.reduce((s, n) => s + n.count, 0);
  const fill = Math.min(1, (amounts.assignments * 1.03) / totalNeeds);
  const cursor = new Map<number, number>();
  let assignments = 0;
  for (const slot of slots) {
    const pool = pools.get(slot.roleId)!;
    const chance = slot.start > time.today ? fill * 0.7 : fill;
    for (let k = 0; k < slot.count && assignments < amounts.assignments; k++) {
      if (!random.chance(chance) || pool.length === 0) continue;
      for (let attempt = 0; attempt < 5; attempt++) {
        const at = (cursor.get(slot.roleId) ?? random.int(0, pool.length - 1)) % pool.length;
        cursor.set(slot.roleId, at + 1 + random.int(0, 3));
        const r = await caller.attempt('roster.assign', {
          shiftId: slot.id,
          volunteerId: pool[at]!,
          roleId: slot.roleId,
          confirmWarnings: true,
        });
        if (r.ok) {
          assignments++;
          break;
        }
      }
    }
    if (assignments % 10_000 === 0 && assignments) ctx.log(`inplanningen: ${assignments}`);
  }
  caller.commit();
  return { volunteers: amounts.volunteers, shifts: new Set(slots.map((s) => s.id)).size, assignments };
}
