import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { invoiceCreate, invoicePaid } from './schemas';
import { addDays, addMinutes, formatCents, formatDateNl, localDateTime } from '../../platform/clock';
import { getRenter } from './renters';
import { getBuilding } from '../building/building';
import { bookingsBetween, type BookingRow } from './bookings';
import { requiredText } from '../../contract/fields';
import { mailInvoice } from './mail';

export interface InvoiceLine {
  bookingId: number | null;
  date: string;
  startTime: string;
  endTime: string;
  rooms: string;
  title: string;
  priceNote: string;
  description: string;
  amountCents: number;
  vatPercent: number;
  vatCents: number;
  /** The set-up and clearing time the price counts around the booking's own times. */
  setupMinutes: number;
  teardownMinutes: number;
}

/** An invoice line with the time it bills: from the start of the set-up to the end of the clearing up. */
export type ShownLine = InvoiceLine & { billedFrom: string; billedTo: string };

const billed = (l: InvoiceLine): ShownLine => {
  const start = `${l.date}T${l.startTime}`;
  // The end time may be on the next day (a night booking): only the clock time is shown.
  const end = `${l.endTime < l.startTime ? addDays(l.date, 1) : l.date}T${l.endTime}`;
  return {
    ...l,
    billedFrom: addMinutes(start, -l.setupMinutes).slice(11),
    billedTo: addMinutes(end, l.teardownMinutes).slice(11),
  };
};

/** "opbouw 30 min en afbouw 15 min", or the one of the two there is. */
function setupWords(setup: number, teardown: number): string {
  return [setup ? `opbouw ${setup} min` : '', teardown ? `afbouw ${teardown} min` : ''].filter(Boolean).join(' en ');
}

export interface Invoice {
  id: number;
  number: string;
  renterId: number;
  renterName: string;
  periodFrom: string;
  periodTo: string;
  issuedOn: string;
  dueOn: string;
  subtotalCents: number;
  vatCents: number;
  totalCents: number;
  status: 'open' | 'betaald' | 'vervallen';
  paidOn: string | null;
}

const SELECT = `SELECT i.id, i.number, i.renter_id AS renterId, r.name AS renterName, i.period_from AS periodFrom, i.period_to AS periodTo,
  i.issued_on AS issuedOn, i.due_on AS dueOn, i.subtotal_cents AS subtotalCents, i.vat_cents AS vatCents, i.total_cents AS totalCents,
  i.status, i.paid_on AS paidOn FROM invoices i JOIN renters r ON r.id = i.renter_id`;

/** Confirmed bookings with a price that are not on an invoice yet. */
function candidates(db: Db, renterId: number, from: string, to: string): BookingRow[] {
  return bookingsBetween(db, from, to, { renterId, statuses: ['bevestigd'] }).filter(
    (b) => b.invoiceId === null && b.priceCents > 0 && b.paymentStatus === 'open' && b.start.slice(0, 10) >= from,
  );
}

function lineOf(b: BookingRow): ShownLine {
  const extra = setupWords(b.setupMinutes, b.teardownMinutes);
  // The price counts set-up and clearing time: say so, with the time billed, so "2,5 uur" for 19:30–21:30 adds up.
  const time = extra
    ? `${b.start.slice(11)}–${b.end.slice(11)} (gefactureerd ${addMinutes(b.start, -b.setupMinutes).slice(11)}–${addMinutes(b.end, b.teardownMinutes).slice(11)}, incl. ${extra})`
    : `${b.start.slice(11)}–${b.end.slice(11)}`;
  return billed({
    bookingId: b.id,
    date: b.start.slice(0, 10),
    startTime: b.start.slice(11),
    endTime: b.end.slice(11),
    rooms: b.roomNames.join(', '),
    title: b.title,
    priceNote: b.priceNote,
    description: `${formatDateNl(b.start.slice(0, 10))} ${time} ${b.roomNames.join(', ')}: ${b.title} (${b.priceNote})`,
    amountCents: b.priceCents,
    vatPercent: b.vatPercent,
    vatCents: Math.round((b.priceCents * b.vatPercent) / 100),
    setupMinutes: b.setupMinutes,
    teardownMinutes: b.teardownMinutes,
  });
}

export function getInvoice(db: Db, invoiceId: number) {
  const invoice = db.prepare(`${SELECT} WHERE i.id = ?`).get(invoiceId) as Invoice | undefined;
  if (!invoice) throw new ApiError('NOT_FOUND', msg('Deze factuur bestaat niet.', 'This invoice does not exist.'));
  const lines = db
    .prepare(
      `SELECT booking_id AS bookingId, date, start_time AS startTime, end_time AS endTime, rooms, title, price_note AS priceNote, description,
    amount_cents AS amountCents, vat_percent AS vatPercent, vat_cents AS vatCents, setup_minutes AS setupMinutes,
    teardown_minutes AS teardownMinutes FROM invoice_lines WHERE invoice_id = ? ORDER BY date, start_time, id`,
    )
    .all(invoiceId) as InvoiceLine[];
  const building = getBuilding(db);
  const renter = getRenter(db, invoice.renterId);
  return {
    invoice,
    lines: lines.map(billed),
    renter: {
      name: renter.name,
      contactPerson: renter.contactPerson,
      invoiceAddress: renter.invoiceAddress,
      email: renter.email,
    },
    sender: {
      name: building.name,
      street: building.street,
      postcode: building.postcode,
      city: building.city,
      phone: building.phone,
      email: building.email,
      iban: building.iban,
      note: building.invoiceNote,
      kvkNumber: building.kvkNumber,
      vatNumber: building.vatNumber,
    },
  };
}

function nextNumber(db: Db, issuedOn: string): string {
  const year = issuedOn.slice(0, 4);
  const last = db
    .prepare('SELECT number FROM invoices WHERE number LIKE ? ORDER BY number DESC LIMIT 1')
    .get(`${year}-%`) as { number: string } | undefined;
  const seq = last ? Number(last.number.slice(5)) + 1 : 1;
  return `${year}-${String(seq).padStart(4, '0')}`;
}

export const invoiceMethods = {
  'invoices.list': method({
    description: 'Facturen, nieuwste eerst.',
    access: ['beheerder'],
    mode: 'read',
    input: z.object({ renterId: id.nullable().default(null) }).default({ renterId: null }),
    handler: ({ db }, { renterId }) =>
      db
        .prepare(`${SELECT} WHERE (? IS NULL OR i.renter_id = ?) ORDER BY i.issued_on DESC, i.number DESC`)
        .all(renterId, renterId) as Invoice[],
  }),
  'invoices.candidates': method({
    description:
      'Wat er op een nieuwe factuur zou komen: bevestigde, nog niet gefactureerde boekingen met een prijs in de periode.',
    access: ['beheerder'],
    mode: 'read',
    input: invoiceCreate,
    handler: ({ db }, q) => {
      getRenter(db, q.renterId);
      const lines = candidates(db, q.renterId, q.from, q.to).map(lineOf);
      const subtotal = lines.reduce((s, l) => s + l.amountCents, 0);
      const vat = lines.reduce((s, l) => s + l.vatCents, 0);
      return { lines, subtotalCents: subtotal, vatCents: vat, totalCents: subtotal + vat };
    },
  }),
  'invoices.get': method({
    description: 'Eén factuur met regels, huurder en afzender, om af te drukken of als pdf te bewaren.',
    access: ['beheerder'],
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => getInvoice(db, input.id),
  }),
  'invoices.create': method({
    description:
      'Maakt een factuur voor een huurder over een periode uit de bevestigde boekingen; die staan daarna op "gefactureerd".',
    access: ['beheerder'],
    mode: 'write',
    input: invoiceCreate,
    handler: ({ db, clock, audit }, q) => {
      const renter = getRenter(db, q.renterId);
      const rows = candidates(db, q.renterId, q.from, q.to);
      if (!rows.length)
        throw ApiError.field(
          'renterId',
          msg(
            `Er zijn voor ${renter.name} geen bevestigde, nog niet gefactureerde boekingen met een prijs in deze periode.`,
            `${renter.name} has no confirmed, not yet invoiced bookings with a price in this period.`,
          ),
        );
      const lines = rows.map(lineOf);
      const subtotal = lines.reduce((s, l) => s + l.amountCents, 0);
      const vat = lines.reduce((s, l) => s + l.vatCents, 0);
      const now = localDateTime(clock.now());
      const issuedOn = now.slice(0, 10);
      const number = nextNumber(db, issuedOn);
      const invoiceId = Number(
        db
          .prepare(
            `INSERT INTO invoices (number, renter_id, period_from, period_to, issued_on, due_on, subtotal_cents, vat_cents, total_cents, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            number,
            q.renterId,
            q.from,
            q.to,
            issuedOn,
            addDays(issuedOn, q.dueDays),
            subtotal,
            vat,
            subtotal + vat,
            now,
          ).lastInsertRowid,
      );
      const mark = db.prepare(
        "UPDATE bookings SET invoice_id = ?, payment_status = 'gefactureerd', updated_at = ? WHERE id = ?",
      );
      const keep =
        db.prepare(`INSERT INTO invoice_lines (invoice_id, booking_id, date, start_time, end_time, rooms, title, price_note, description, amount_cents, vat_percent, vat_cents,
        setup_minutes, teardown_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      for (const b of rows) mark.run(invoiceId, now, b.id);
      for (const l of lines)
        keep.run(
          invoiceId,
          l.bookingId,
          l.date,
          l.startTime,
          l.endTime,
          l.rooms,
          l.title,
          l.priceNote,
          l.description,
          l.amountCents,
          l.vatPercent,
          l.vatCents,
          l.setupMinutes,
          l.teardownMinutes,
        );
      audit({
        entity: 'invoices',
        entityId: invoiceId,
        summary: `Factuur ${number} voor huurder #${renter.id}: ${lines.length} regels, ${formatCents(subtotal + vat)}`,
      });
      mailInvoice(db, clock, invoiceId);
      return getInvoice(db, invoiceId);
    },
  }),
  'invoices.markPaid': method({
    description: 'Registreert de betaling van een factuur; de boekingen staan daarna op "betaald".',
    access: ['beheerder'],
    mode: 'write',
    input: invoicePaid,
    handler: ({ db, clock, audit }, input) => {
      const { invoice } = getInvoice(db, input.id);
      if (invoice.status !== 'open')
        throw new ApiError(
          'CONFLICT',
          invoice.status === 'betaald'
            ? msg('Deze factuur is al betaald.', 'This invoice has already been paid.')
            : msg('Deze factuur is ingetrokken.', 'This invoice is void.'),
        );
      if (input.paidOn < invoice.issuedOn)
        throw ApiError.field(
          'paidOn',
          msg('De betaaldatum ligt voor de factuurdatum.', 'The payment date is before the invoice date.'),
        );
      db.prepare("UPDATE invoices SET status = 'betaald', paid_on = ? WHERE id = ?").run(input.paidOn, input.id);
      db.prepare("UPDATE bookings SET payment_status = 'betaald', updated_at = ? WHERE invoice_id = ?").run(
        localDateTime(clock.now()),
        input.id,
      );
      audit({
        entity: 'invoices',
        entityId: input.id,
        summary: `Factuur ${invoice.number} betaald op ${input.paidOn}`,
      });
      return getInvoice(db, input.id);
    },
  }),
  'invoices.void': method({
    description: 'Trekt een open factuur in; de boekingen komen weer vrij om opnieuw te factureren.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id, reason: requiredText(msg('Reden', 'Reason'), 300) }),
    handler: ({ db, clock, audit }, input) => {
      const { invoice } = getInvoice(db, input.id);
      if (invoice.status !== 'open')
        throw new ApiError(
          'CONFLICT',
          msg('Alleen een open factuur kan worden ingetrokken.', 'Only an open invoice can be made void.'),
        );
      db.prepare("UPDATE invoices SET status = 'vervallen' WHERE id = ?").run(input.id);
      db.prepare(
        "UPDATE bookings SET invoice_id = NULL, payment_status = 'open', updated_at = ? WHERE invoice_id = ?",
      ).run(localDateTime(clock.now()), input.id);
      audit({
        entity: 'invoices',
        entityId: input.id,
        summary: `Factuur ${invoice.number} ingetrokken: ${input.reason}`,
      });
      return { id: input.id };
    },
  }),
};
