import { method } from '../../contract/method';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  bookingCancel,
  bookingCreate,
  bookingMove,
  bookingPayment,
  bookingRange,
  bookingUpdate,
  dateInput,
} from './schemas';
import { addDays, localDate, localDateTime } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { bookingsBetween, calendarBetween, getBooking, seriesBetween, type BookingRow } from './bookings';
import { createBookings, previewBookings } from './create';
import { moveBooking, updateBookings } from './edit';
import { cancelBookings } from './cancel';
import { expiringOptions, optionView, releasedOptions } from './options';
import { familyRoot, seriesAuditId, seriesSummary } from './series';

const READERS = ['beheerder', 'coordinator'] as const;
const DESK = ['beheerder', 'coordinator', 'balie'] as const;

/** What the screen in the hall shows of a booking: no renter, no price. */
const foyerView = (b: BookingRow) => ({
  id: b.id,
  title: b.title,
  activity: b.activity,
  start: b.start,
  end: b.end,
  roomNames: b.roomNames,
});

/**
 * What the desk needs of a booking to run the day: when, where, who and the key. The balie may not read
 * bookings' finances, so price, discount, exemption, payment status and invoice stay out (an allow-list: a
 * column added to bookings later does not reach the desk unnoticed).
 */
const deskView = (b: BookingRow) => ({
  id: b.id,
  seriesId: b.seriesId,
  renterId: b.renterId,
  renterName: b.renterName,
  renterKeyRights: b.renterKeyRights,
  title: b.title,
  activity: b.activity,
  expectedPeople: b.expectedPeople,
  layout: b.layout,
  start: b.start,
  end: b.end,
  setupMinutes: b.setupMinutes,
  teardownMinutes: b.teardownMinutes,
  status: b.status,
  optionUntil: b.optionUntil,
  keyHolder: b.keyHolder,
  notes: b.notes,
  roomIds: b.roomIds,
  roomNames: b.roomNames,
});

export const bookingMethods = {
  'bookings.list': method({
    description: 'Boekingen in een periode (voor de agenda), te filteren op ruimtes, huurder en status.',
    access: READERS,
    mode: 'read',
    input: bookingRange,
    handler: ({ db }, q) => bookingsBetween(db, q.from, q.to, q),
  }),
  'bookings.calendar': method({
    description:
      'Wat de agenda (dag, week, maand, lijst) van de boekingen in een periode tekent, met hetzelfde filter als bookings.list: per boeking id, titel, begin, einde, status, huurder-id en ruimte-ids (in de volgorde van het huis); de namen één keer in renters en rooms (id → naam). De rest van een boeking geeft bookings.get.',
    access: READERS,
    mode: 'read',
    input: bookingRange,
    handler: ({ db }, q) => calendarBetween(db, q.from, q.to, q),
  }),
  'bookings.series': method({
    description:
      'De boekingsreeksen met een keer in een periode (om een activiteit aan te koppelen), elk één keer: de eerste keer die niet geannuleerd is, met titel, activiteit, begin en ruimtes.',
    access: READERS,
    mode: 'read',
    input: bookingRange,
    handler: ({ db }, q) => seriesBetween(db, q.from, q.to),
  }),
  'bookings.get': method({
    description: 'Eén boeking met haar reeks en haar geschiedenis uit het auditlog.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => {
      const booking = getBooking(db, input.id);
      const series = booking.seriesId === null ? null : seriesSummary(db, booking.seriesId);
      const history = db
        .prepare(
          "SELECT at, user_name AS userName, method, summary FROM audit_log WHERE entity = 'bookings' AND entity_id IN (?, ?, ?) ORDER BY at DESC, id DESC",
        )
        // A part split off a series also shows what happened to the series as it was created.
        .all(
          String(input.id),
          booking.seriesId === null ? String(input.id) : seriesAuditId(booking.seriesId),
          booking.seriesId === null ? String(input.id) : seriesAuditId(familyRoot(db, booking.seriesId)),
        );
      return { booking, series, history };
    },
  }),
  'bookings.preview': method({
    description:
      'Controleert een nieuwe boeking of reeks zonder op te slaan: elke datum met bezette ruimtes, waarschuwingen en prijs.',
    access: ['beheerder'],
    mode: 'read',
    input: bookingCreate,
    handler: previewBookings,
  }),
  'bookings.create': method({
    description:
      'Legt een boeking of een reeks vast. Controle op bezetting en opslaan gebeuren in één transactie; bezette data worden alleen overgeslagen met skipConflicts, waarschuwingen vragen confirmWarnings.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingCreate,
    handler: createBookings,
  }),
  'bookings.update': method({
    description:
      'Wijzigt een boeking: alleen deze (scope this), deze en volgende (following) of alle komende van de reeks (all). Los gewijzigde keren blijven zoals ze zijn.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingUpdate,
    handler: updateBookings,
  }),
  'bookings.move': method({
    description:
      'Verplaatst één keer naar een andere tijd of ruimte (slepen in de agenda), opnieuw gecontroleerd op bezetting.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingMove,
    handler: moveBooking,
  }),
  'bookings.cancel': method({
    description:
      'Annuleert een boeking (deze, deze en volgende, of alle komende) met een reden; de geschiedenis blijft.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingCancel,
    handler: cancelBookings,
  }),
  'bookings.setPayment': method({
    description: 'Zet de betaalstatus van een boeking (open, gefactureerd, betaald, kwijtgescholden).',
    access: ['beheerder'],
    mode: 'write',
    input: bookingPayment,
    handler: ({ db, clock, audit }, input) => {
      const b = getBooking(db, input.id);
      db.prepare('UPDATE bookings SET payment_status = ?, updated_at = ? WHERE id = ?').run(
        input.paymentStatus,
        localDateTime(clock.now()),
        input.id,
      );
      audit({
        entity: 'bookings',
        entityId: input.id,
        summary: `Betaalstatus: ${b.paymentStatus} → ${input.paymentStatus}`,
      });
      return getBooking(db, input.id);
    },
  }),
  'bookings.day': method({
    description:
      'Het dagoverzicht voor de balie: alle boekingen van een dag met ruimte, opstelling, sleutelhouder en notities.',
    access: DESK,
    mode: 'read',
    input: dateInput,
    handler: ({ db }, { date }) => {
      const bookings = bookingsBetween(db, date, date).filter((b) => b.status !== 'geannuleerd');
      const contacts = db.prepare('SELECT contact_person AS contactPerson, phone FROM renters WHERE id = ?');
      return {
        day: dayStatuses(db, date, 1)[0]!,
        bookings: bookings.map((b) => ({
          ...deskView(b),
          contact: contacts.get(b.renterId) as { contactPerson: string; phone: string },
          keyHolderShown: b.keyHolder || (b.renterKeyRights ? `${b.renterName} (sleutelrecht)` : ''),
        })),
      };
    },
  }),
  'bookings.foyer': method({
    description:
      'Voor het scherm in de hal: wat er vandaag nog is en wat daarna komt (alleen bevestigde boekingen, zonder namen van huurders).',
    access: DESK,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db, clock }) => {
      const now = localDateTime(clock.now()).slice(0, 16);
      const today = now.slice(0, 10);
      const rows = bookingsBetween(db, today, addDays(today, 14), { statuses: ['bevestigd'] });
      return {
        now,
        today: rows.filter((b) => b.start.slice(0, 10) <= today && b.end > now).map(foyerView),
        next: rows
          .filter((b) => b.start.slice(0, 10) > today)
          .slice(0, 6)
          .map(foyerView),
      };
    },
  }),
  'bookings.options': method({
    description:
      'Opties die binnen een week verlopen en opties die de afgelopen 30 dagen zijn vrijgegeven: wat, wanneer, waar, voor wie en tot wanneer of waarom (de rest geeft bookings.get).',
    access: READERS,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db, clock }) => {
      const today = localDate(clock.now());
      return {
        expiring: expiringOptions(db, today).map(optionView),
        released: releasedOptions(db, today).map(optionView),
      };
    },
  }),
};
