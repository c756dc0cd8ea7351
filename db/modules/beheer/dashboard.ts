import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { z } from '../../contract/zod';
import { addDays, localDateTime } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import type { BookingRow } from '../bookings/bookings';
import { MAX_BOOKING_MINUTES } from '../bookings/schemas';
import { openHandovers } from './logbook';
import { runsOn } from './checklists';
import { openIncidents } from './incidents';
import { openDefects } from './defects';
import { shiftsBetween } from '../roster/shifts';
import { coverageGaps } from '../roster/coverage';
import { CERTIFICATE_WINDOW_DAYS, certificateAlerts } from '../roster/certificates';
import { coverageMeans, firstSteps } from './firstSteps';

/**
 * What Vandaag shows of a booking: what happens where; prices and payments stay on the booking screens.
 * Read with only these columns (and the room names), not the booking screens' whole row with its room ids.
 */
interface Shown {
  id: number;
  title: string;
  activity: string;
  start: string;
  end: string;
  status: BookingRow['status'];
  roomNames: string[];
  renterName: string;
  expectedPeople: number | null;
  layout: string;
  keyHolder: string;
  optionUntil: string | null;
}

function shownWhere(db: Db, condition: string, ...params: unknown[]): Shown[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.activity, b.start, b.end, b.status,
         (SELECT json_group_array(name) FROM (SELECT rm.name FROM booking_rooms br JOIN rooms rm ON rm.id = br.room_id WHERE br.booking_id = b.id ORDER BY rm.sort_order)) AS roomNames,
         r.name AS renterName, b.expected_people AS expectedPeople, b.layout, b.key_holder AS keyHolder, b.option_until AS optionUntil
       FROM bookings b JOIN renters r ON r.id = b.renter_id WHERE ${condition}`,
    )
    .all(...params) as (Omit<Shown, 'roomNames'> & { roomNames: string })[];
  return rows.map((b) => ({ ...b, roomNames: JSON.parse(b.roomNames) as string[] }));
}

function shown(b: Shown) {
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
/** What Vandaag lists of the certificate alerts: a ten-year house has hundreds; the card names the first and counts all. */
const ATTENTION_SHOWN = 5;

function mostUrgent(alerts: ReturnType<typeof certificateAlerts>) {
  const soonest = [...alerts.expiring].sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? ''));
  return {
    expiring: soonest.slice(0, ATTENTION_SHOWN),
    expiringTotal: alerts.expiring.length,
    missingVog: alerts.missingVog.slice(0, ATTENTION_SHOWN),
    missingVogTotal: alerts.missingVog.length,
  };
}

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
      // Bookings that overlap today (those last at most a week, as in bookingsBetween), by start through `bookings_start`.
      const bookingsToday = shownWhere(
        db,
        "b.start >= ? AND b.start < ? AND b.end > ? AND b.status <> 'geannuleerd' ORDER BY b.start, b.id",
        `${addDays(today, -Math.ceil(MAX_BOOKING_MINUTES / 1440))}T00:00`,
        `${addDays(today, 1)}T00:00`,
        `${today}T00:00`,
      );
      const [next] = shownWhere(
        db,
        "b.start > ? AND b.start < ? AND b.status <> 'geannuleerd' ORDER BY b.start, b.id LIMIT 1",
        now,
        `${addDays(today, 15)}T00:00`,
      );
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
      // Options that lapse within a week (as expiringOptions), through `bookings_options`.
      const options = seesOptions
        ? shownWhere(
            db,
            "b.status = 'optie' AND b.option_until BETWEEN ? AND ? ORDER BY b.option_until, b.start",
            today,
            addDays(today, 7),
          )
        : [];
      return {
        now,
        day,
        bookingsToday: bookingsToday.map(shown),
        nextBooking: next ? shown(next) : null,
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
        certificates:
          actor!.role === 'balie' ? null : mostUrgent(certificateAlerts(db, CERTIFICATE_WINDOW_DAYS, today)),
        // Applications are the beheerder's and the committee's business, not the desk's or the coordinator's.
        applicationsWaiting: actor!.role === 'beheerder' ? applicationsWaiting(db) : null,
      };
    },
  }),
};
