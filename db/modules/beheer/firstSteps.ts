import type { Db } from '../../platform/database';

/**
 * "Zo begin je": the steps that make an empty house usable, in the order they depend on each other
 * (tariffs are per room, bookings need renters, the roster needs volunteers, the desk needs accounts).
 * Each step ticks itself off from the data, so nobody has to mark anything done; the list is gone
 * once every step is done.
 */
export const FIRST_STEPS = ['rooms', 'hours', 'tariffs', 'renters', 'volunteers', 'accounts'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

const DONE: Record<FirstStep, string> = {
  rooms: 'SELECT 1 FROM rooms WHERE active = 1 LIMIT 1',
  hours: "SELECT 1 FROM weekly_hours WHERE kind = 'open' LIMIT 1",
  tariffs: 'SELECT 1 FROM tariffs LIMIT 1',
  renters: 'SELECT 1 FROM renters LIMIT 1',
  volunteers: "SELECT 1 FROM volunteers WHERE status <> 'gestopt' LIMIT 1",
  // The first beheerder made the house; a second account (desk, coordinator, committee) is the step.
  accounts: 'SELECT 1 FROM users WHERE active = 1 LIMIT 1 OFFSET 1',
};

/** Every step with whether it is done; null once all are done, so the screen shows nothing. */
export function firstSteps(db: Db): { step: FirstStep; done: boolean }[] | null {
  const steps = FIRST_STEPS.map((step) => ({ step, done: db.prepare(DONE[step]).get() !== undefined }));
  return steps.every((s) => s.done) ? null : steps;
}

/**
 * Who could cover the building at all: without any volunteer, or without anyone with a valid BHV
 * certificate or a key-holder role, a day without gaps is a day nothing needed covering, not a covered one.
 */
export function coverageMeans(db: Db, today: string, needed: boolean) {
  // Counted in SQL: one statement instead of every active volunteer's certificates one by one.
  // A BHV certificate counts from its issue date up to and including its expiry (as `hasValid`).
  const counts = db
    .prepare(
      `SELECT count(*) AS volunteers, coalesce(sum(EXISTS (SELECT 1 FROM volunteer_certificates c WHERE c.volunteer_id = v.id AND c.kind = 'bhv'
         AND (c.expires_on IS NULL OR c.expires_on >= @today) AND (c.issued_on IS NULL OR c.issued_on <= @today))), 0) AS bhv
       FROM volunteers v WHERE v.status = 'actief'`,
    )
    .get({ today }) as { volunteers: number; bhv: number };
  const keyHolders = (
    db
      .prepare(
        `SELECT count(DISTINCT l.volunteer_id) AS n FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id
      JOIN volunteers v ON v.id = l.volunteer_id WHERE r.is_key_holder = 1 AND r.active = 1 AND v.status = 'actief'`,
      )
      .get() as { n: number }
  ).n;
  return {
    needed,
    volunteers: counts.volunteers,
    bhv: counts.bhv,
    keyHolders,
  };
}
