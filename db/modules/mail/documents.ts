import type { Actor } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import type { Db } from '../../platform/database';
import { addDays, isoWeekday, localDate, localDateTime, type Clock } from '../../platform/clock';
import type { DocumentKind } from '../../platform/services';
import { msg, renderIn, type Lang } from '../../platform/messages';
import { invoiceDocument } from '../bookings/invoicePdf';
import { dayStatuses, getBuilding } from '../building/building';
import { decisionLetter } from '../budget/documents/letter';
import { agendaPack, minutes } from '../budget/documents/meetingPapers';
import { shiftsBetween } from '../roster/shifts';

/** What a document needs besides its id: the time it is made, who signs for the house, the roster's period. */
export interface DocumentContext {
  clock: Clock;
  /** Who the house's signature names on a letter not signed by the committee (non-admissible); none: left blank. */
  actor?: Actor | null;
  /** The roster's last day (YYYY-MM-DD); without it the roster is the one week its id names. */
  rosterTo?: string;
  /** The signature's name when there is no actor (a letter rendered later by the sender). */
  signedBy?: string;
  /** Phone numbers on the roster: never for a roster that is mailed, as the print view asks for them first. */
  withPhones?: boolean;
}

/** The most weeks one roster document holds: a quarter, as far ahead as a coördinator plans. */
export const ROSTER_MAX_WEEKS = 14;

/** 20261207 → '2026-12-07': the roster's id is its first day, so it fits the attachment's integer document id. */
export function rosterDay(id: number): string {
  const text = String(id);
  const day = /^(\d{4})(\d{2})(\d{2})$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : '';
  const noon = new Date(`${day}T12:00:00Z`);
  if (!day || Number.isNaN(noon.getTime()) || localDate(noon) !== day)
    throw new ApiError('VALIDATION', msg(`${id} is geen datum voor een rooster.`, `${id} is not a date for a roster.`));
  return day;
}

/** '2026-12-07' → 20261207, the id of the roster that starts in that week. */
export function rosterId(date: string): number {
  return Number(date.replaceAll('-', ''));
}

/** The wall roster of every week from the week of `from` up to and including the week of `to`. */
function rosterDocument(db: Db, from: string, to: string, context: DocumentContext) {
  const first = addDays(from, 1 - isoWeekday(from));
  const mondays: string[] = [];
  for (let monday = first; monday <= to && mondays.length < ROSTER_MAX_WEEKS; monday = addDays(monday, 7))
    mondays.push(monday);
  return {
    house: getBuilding(db).name,
    printedOn: localDate(context.clock.now()),
    withPhones: context.withPhones ?? false,
    weeks: mondays.map((monday) => ({
      monday,
      shifts: shiftsBetween(db, monday, addDays(monday, 6), { includeCancelled: true }),
      days: dayStatuses(db, monday, 7),
    })),
  };
}

/**
 * The data of a document of the house, exactly what its print view receives from the read method behind it, for
 * the PDF renderer (HouseServices.pdf), which draws it with the print view's own component. The id is the
 * invoice's (factuur), the application's (besluitbrief), the meeting's (agendapakket, notulen), and for the roster
 * its first day as a number (20261207), with `context.rosterTo` for a period of more than a week. The budget's
 * papers stay Dutch, as their read methods give them; the invoice and the roster follow `language`.
 */
export function documentData(
  db: Db,
  kind: DocumentKind,
  id: number,
  language: Lang,
  context: DocumentContext,
): unknown {
  const now = context.clock.now();
  switch (kind) {
    case 'factuur':
      return invoiceDocument(db, id, language);
    case 'besluitbrief':
      return renderIn(
        decisionLetter(db, id, context.actor ?? (context.signedBy ? { name: context.signedBy } : null), localDate(now)),
        'nl',
      );
    case 'agendapakket':
      return renderIn(agendaPack(db, id, context.actor ?? null, localDateTime(now)), 'nl');
    case 'notulen':
      return renderIn(minutes(db, id, localDateTime(now)), 'nl');
    case 'rooster': {
      const from = rosterDay(id);
      const to = context.rosterTo && context.rosterTo > from ? context.rosterTo : from;
      return renderIn(rosterDocument(db, from, to, context), language);
    }
  }
}
