import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { z } from '../../contract/zod';
import { addDays, localDateTime } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { bookingsBetween, nextBooking, type BookingRow } from '../bookings/bookings';
import { expiringOptions } from '../bookings/options';
import { openHandovers } from './logbook';
import { runsOn } from './checklists';
import { openIncidents } from './incidents';
import { openDefects } from './defects';
import { shiftsBetween } from '../roster/shifts';
import { coverageGaps } from '../roster/coverage';
import { CERTIFICATE_WINDOW_DAYS, certificateAlerts } from '../roster/certificates';
import { coverageMeans, firstSteps } from './firstSteps';

/** What Vandaag shows of a booking: what happens where; prices and payments stay on the booking screens. */
function shown(b: BookingRow) {
  return {
    id: b.id,
    title: b.title,
    activity: b.activity,
    start: b.start,
    end: b.end,
    status: b.status,
    roomNames: b.roomNames,
    renterName: b.renterName,
    expectedPeople: b.expectedPeople,
    layout: b.layout,
    keyHolder: b.keyHolder,
  };
}

/** Applications that wait for the next step towards a decision, by status. */
function applicationsWaiting(db: Db) {
  return db
    .prepare(
      `SELECT status, count(*) AS count FROM budget_applications WHERE status IN ('ingediend', 'ontvankelijk', 'geagendeerd', 'aangehouden')
    GROUP BY status ORDER BY CASE status WHEN 'ingediend' THEN 1 WHEN 'ontvankelijk' THEN 2 WHEN 'geagendeerd' THEN 3 ELSE 4 END`,
    )
    .all() as { status: string; count: number }[];
}

/**
 * Vandaag: everything the beheerder or the desk needs at the start of a shift, from the modules that
 * exist. Each part names where it is handled, so the screen can link to it.
 */
export const dashboardMethods = {
  'dashboard.today': method({
    description:
      'Het Vandaag-overzicht: voor de beheerder van een nieuw huis de eerste stappen (ruimtes, openingstijden, tarieven, huurders, vrijwilligers, accounts), boekingen van vandaag en de eerstvolgende, wie er dienst heeft en welke dekking ontbreekt (en of er vrijwilligers met BHV of sleutelrol zijn), overdrachtsnotities, opening en sluiting, open incidenten en storingen, verlopende opties en certificaten, en voor de beheerder de aanvragen die op een besluit wachten.',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db, clock, actor }) => {
      const now = localDateTime(clock.now()).slice(0, 16);
      const today = now.slice(0, 10);
      const day = dayStatuses(db, today, 1)[0]!;
      const bookingsToday = bookingsBetween(db, today, today).filter((b) => b.status !== 'geannuleerd');
      const next = nextBooking(db, now, `${addDays(today, 15)}T00:00`);
      const runs = runsOn(db, today);
      const opensAt = day.open[0]?.start ?? null;
      const closesAt = day.open.at(-1)?.end ?? null;
      const opening = runs.find((r) => r.kind === 'opening') ?? null;
      const closing = runs.find((r) => r.kind === 'sluiting') ?? null;
      const incidents = openIncidents(db);
      const overdueFollowups = incidents.flatMap((i) =>
        i.followups.filter((f) => !f.doneAt && f.dueDate < today).map((f) => ({ ...f, incidentId: i.id })),
      );
      const defects = openDefects(db, today);
      const seesOptions = actor!.role !== 'balie';
      const options = seesOptions ? expiringOptions(db, today) : [];
      return {
        now,
        day,
        bookingsToday: bookingsToday.map(shown),
        nextBooking: next && shown(next),
        handovers: openHandovers(db),
        checklists: {
          opening,
          closing,
          // Only a warning once it should have happened: after opening time, and after closing time.
          openingMissing: !opening && opensAt !== null && now.slice(11) >= opensAt,
          closingMissing: !closing && closesAt !== null && now.slice(11) >= closesAt,
          opensAt,
          closesAt,
        },
        incidents: { open: incidents.length, latest: incidents.slice(0, 5), overdueFollowups },
        defects: { open: defects.length, oldest: defects.slice(0, 5) },
        expiringOptions: options.map((b) => ({ ...shown(b), optionUntil: b.optionUntil })),
        onDuty: shiftsBetween(db, today, today).map((s) => ({
          id: s.id,
          title: s.title,
          start: s.start,
          end: s.end,
          people: s.assignments
            .filter((a) => a.status === 'ingepland')
            .map((a) => ({ name: a.volunteerName, role: a.roleName })),
          missing: s.needs
            .filter((n) => n.filled < n.count)
            .map((n) => ({ role: n.roleName, missing: n.count - n.filled })),
        })),
        coverageGaps: coverageGaps(db, today, today),
        // No gaps is only "covered" when something needed cover, and the card must say when nobody could.
        coverage: coverageMeans(db, today, day.open.length > 0 || bookingsToday.length > 0),
        // Zo begin je: only the beheerder can do these steps.
        firstSteps: actor!.role === 'beheerder' ? firstSteps(db) : null,
        certificates: actor!.role === 'balie' ? null : certificateAlerts(db, CERTIFICATE_WINDOW_DAYS, today),
        // Applications are the beheerder's and the committee's business, not the desk's or the coordinator's.
        applicationsWaiting: actor!.role === 'beheerder' ? applicationsWaiting(db) : null,
      };
    },
  }),
};
