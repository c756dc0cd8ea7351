import type { Db } from '../../platform/database';
import { addDays, formatCentsIn, formatDateIn, localDate, type Clock } from '../../platform/clock';
import type { Lang } from '../../platform/messages';
import { RENTER_TEMPLATES } from '../mail/templates/renters';
import { alreadySent, pick, sendInLanguage } from '../mail/templates/localized';
import { bookingsWhere, type BookingRow } from './bookings';
import { bookingEventsCalendar } from './ical';

/**
 * What the house mails a renter about their bookings, queued in the same transaction as the change. A series
 * gets one message for all its dates, not one per date; a renter without an address gets none.
 */

const CONFIRMATION = pick(RENTER_TEMPLATES, 'boeking.bevestiging');
const OPTION_REMINDER = pick(RENTER_TEMPLATES, 'boeking.optie_herinnering');
const CHANGE = pick(RENTER_TEMPLATES, 'boeking.wijziging');
const CANCELLATION = pick(RENTER_TEMPLATES, 'boeking.annulering');
const INVOICE = pick(RENTER_TEMPLATES, 'boeking.factuur');

/** The setting of how many days before an option's last day its reminder goes out. */
export const OPTION_REMINDER_SETTING = 'mailOptionReminderDays';
export const OPTION_REMINDER_DEFAULT = 3;

export function optionReminderDays(db: Db): number {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(OPTION_REMINDER_SETTING) as
    { value: string } | undefined;
  const days = row ? Number(JSON.parse(row.value)) : OPTION_REMINDER_DEFAULT;
  return Number.isInteger(days) && days >= 1 && days <= 30 ? days : OPTION_REMINDER_DEFAULT;
}

function renterOf(db: Db, renterId: number) {
  const r = db.prepare('SELECT name, contact_person AS contact, email FROM renters WHERE id = ?').get(renterId) as {
    name: string;
    contact: string;
    email: string;
  };
  return {
    to: { address: r.email, name: r.contact || r.name },
    person: { kind: 'huurder' as const, id: renterId },
    naam: r.contact || r.name,
  };
}

const timesOf = (b: Pick<BookingRow, 'start' | 'end'>) => `${b.start.slice(11, 16)}–${b.end.slice(11, 16)}`;
const whenOf = (b: BookingRow, lang: Lang) => `${formatDateIn(b.start.slice(0, 10), lang)}, ${timesOf(b)}`;

/** The placeholders every booking message fills, for the first of the dates and the list of them. */
function bookingValues(rows: readonly BookingRow[], lang: Lang) {
  const first = rows[0]!;
  return {
    titel: first.title,
    datum: formatDateIn(first.start.slice(0, 10), lang),
    tijden: timesOf(first),
    ruimtes: first.roomNames.join(', '),
    data: rows.map((b) => `- ${whenOf(b, lang)}, ${b.roomNames.join(', ')}`).join('\n'),
    aantal: rows.length,
  };
}

function houseName(db: Db): string {
  return (db.prepare('SELECT name FROM building WHERE id = 1').get() as { name: string } | undefined)?.name ?? '';
}

function houseRules(db: Db): string {
  const row = db.prepare("SELECT text FROM house_info WHERE topic = 'huisregels'").get() as
    { text: string } | undefined;
  return row?.text.trim() ?? '';
}

const related = (rows: readonly BookingRow[]) => ({ entity: 'bookings', id: rows[0]!.id });

/** Rows of one renter's booking (a series: its dates), as re-read after the change. */
function rowsOf(db: Db, ids: readonly number[]): BookingRow[] {
  if (!ids.length) return [];
  return bookingsWhere(db, `b.id IN (${ids.map(() => '?').join(',')}) ORDER BY b.start`, ...ids);
}

/** The confirmation of a booking that has become definite, with its dates as a calendar file. */
export function mailConfirmation(db: Db, clock: Clock, ids: readonly number[]): number | null {
  const rows = rowsOf(db, ids).filter((b) => b.status === 'bevestigd');
  if (!rows.length) return null;
  const renter = renterOf(db, rows[0]!.renterId);
  const rules = houseRules(db);
  return sendInLanguage(db, clock, CONFIRMATION, {
    ...renter,
    related: related(rows),
    values: (lang) => ({
      naam: renter.naam,
      ...bookingValues(rows, lang),
      prijs: formatCentsIn(
        rows.reduce((sum, b) => sum + b.priceCents + Math.round((b.priceCents * b.vatPercent) / 100), 0),
        lang,
      ),
      huisregels: rules,
    }),
    attachments: [
      {
        filename: 'boeking.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: bookingEventsCalendar(houseName(db), rows),
      },
    ],
  });
}

const placeOf = (b: BookingRow) => `${b.start}|${b.end}|${b.roomIds.join(',')}`;

/**
 * After an edit: a booking that became definite gets its confirmation; a definite booking or an option whose
 * date, time or rooms changed gets a notice of the change. Other edits (notes, price, number of people) send nothing.
 */
export function mailAfterEdit(db: Db, clock: Clock, before: BookingRow, ids: readonly number[]): number | null {
  const rows = rowsOf(db, ids);
  const after = rows.find((r) => r.id === before.id) ?? rows[0];
  if (!after) return null;
  if (after.status === 'bevestigd' && before.status !== 'bevestigd') return mailConfirmation(db, clock, ids);
  if (after.status !== 'bevestigd' && after.status !== 'optie') return null;
  if (placeOf(before) === placeOf(after)) return null;
  const renter = renterOf(db, after.renterId);
  return sendInLanguage(db, clock, CHANGE, {
    ...renter,
    related: { entity: 'bookings', id: after.id },
    values: (lang) => ({
      naam: renter.naam,
      ...bookingValues([after, ...rows.filter((r) => r.id !== after.id)], lang),
      was: `${whenOf(before, lang)}, ${before.roomNames.join(', ')}`,
    }),
  });
}

/** The notice that a booking (or the dates of a series) will not take place, with the reason. */
export function mailCancellation(
  db: Db,
  clock: Clock,
  rows: readonly BookingRow[],
  reason: string | ((language: Lang) => string),
): number | null {
  if (!rows.length) return null;
  const renter = renterOf(db, rows[0]!.renterId);
  const sorted = [...rows].sort((a, b) => a.start.localeCompare(b.start));
  return sendInLanguage(db, clock, CANCELLATION, {
    ...renter,
    related: related(sorted),
    values: (lang) => ({
      naam: renter.naam,
      ...bookingValues(sorted, lang),
      reden: typeof reason === 'string' ? reason : reason(lang),
    }),
  });
}

/** The invoice to its renter, with the invoice itself as a PDF. */
export function mailInvoice(db: Db, clock: Clock, invoiceId: number): number | null {
  const inv = db
    .prepare(
      'SELECT number, renter_id AS renterId, period_from AS periodFrom, period_to AS periodTo, due_on AS dueOn, total_cents AS totalCents FROM invoices WHERE id = ?',
    )
    .get(invoiceId) as {
    number: string;
    renterId: number;
    periodFrom: string;
    periodTo: string;
    dueOn: string;
    totalCents: number;
  };
  const renter = renterOf(db, inv.renterId);
  return sendInLanguage(db, clock, INVOICE, {
    ...renter,
    related: { entity: 'invoices', id: invoiceId },
    values: (lang) => ({
      naam: renter.naam,
      nummer: inv.number,
      bedrag: formatCentsIn(inv.totalCents, lang),
      vervaldatum: formatDateIn(inv.dueOn, lang),
      periode: `${formatDateIn(inv.periodFrom, lang)} – ${formatDateIn(inv.periodTo, lang)}`,
    }),
    attachments: [{ filename: `factuur-${inv.number}.pdf`, document: 'factuur', id: invoiceId }],
  });
}

/** Bookings grouped as the renter knows them: a series as one, a single booking alone. */
export function groupBySeries(rows: readonly BookingRow[]): BookingRow[][] {
  const groups = new Map<string, BookingRow[]>();
  for (const b of rows) {
    const key = b.seriesId === null ? `b${b.id}` : `s${b.seriesId}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()];
}

/**
 * The job: options whose last day is within the set number of days get one reminder each (a series of
 * options one for all its dates). The outbox remembers it was sent, so the hourly run sends it once.
 */
export function remindExpiringOptions(db: Db, clock: Clock): number {
  const today = localDate(clock.now());
  const days = optionReminderDays(db);
  let sent = 0;
  db.transaction(() => {
    const rows = bookingsWhere(
      db,
      "b.status = 'optie' AND b.option_until BETWEEN ? AND ? ORDER BY b.start",
      today,
      addDays(today, days),
    );
    for (const group of groupBySeries(rows)) {
      const ids = group.map((b) => b.id);
      if (alreadySent(db, OPTION_REMINDER.key, 'bookings', ids)) continue;
      const first = group[0]!;
      const until = group.reduce((min, b) => (b.optionUntil! < min ? b.optionUntil! : min), first.optionUntil!);
      const renter = renterOf(db, first.renterId);
      const left = Math.round((Date.parse(until) - Date.parse(today)) / 86_400_000);
      const id = sendInLanguage(db, clock, OPTION_REMINDER, {
        ...renter,
        related: related(group),
        values: (lang) => ({
          naam: renter.naam,
          ...bookingValues(group, lang),
          optie_tot: formatDateIn(until, lang),
          dagen: left,
        }),
      });
      if (id !== null) sent++;
    }
  }).immediate();
  return sent;
}
