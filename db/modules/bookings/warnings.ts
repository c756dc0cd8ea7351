import type { Db } from '../../platform/database';
import { dayStatuses } from '../building/building';
import { getRoom } from '../building/rooms';
import { formatDateEn, formatDateNl } from '../../platform/clock';
import { msg } from '../../platform/messages';
import type { Span } from './occupancy';
import type { Renter } from './renters';
import { isKnownKeyHolder } from './keyHolders';

export interface BookingFacts {
  roomIds: number[];
  span: Span;
  expectedPeople: number | null;
  layout: string;
  renter: Pick<Renter, 'keyRights' | 'name'>;
  keyHolder: string;
}

const within = (spans: { start: string; end: string }[], from: string, to: string) =>
  spans.some((s) => s.start <= from && to <= s.end);
const list = (spans: { start: string; end: string }[], and: string) =>
  spans.map((s) => `${s.start}–${s.end}`).join(` ${and} `);

/** A date as each language of a message writes it. */
interface When {
  nl: string;
  en: string;
}

/** Outside the beheerder's hours someone with a key must open and close: named, and known as such that day. */
function keyHolderWarning(db: Db, keyHolder: string, date: string, when: When): string | null {
  if (!keyHolder)
    return msg(
      'Buiten de uren van de beheerder en geen sleutelhouder genoemd: noem wie opent en sluit (een huurder met sleutelrecht of iemand met een sleutel in het sleutelregister).',
      "Outside the building manager's hours and no key holder named: name who opens and closes (a renter with key rights or someone with a key in the key register).",
    );
  if (isKnownKeyHolder(db, keyHolder, date)) return null;
  return msg(
    `Buiten de uren van de beheerder: "${keyHolder}" heeft op ${when.nl} geen sleutel of pas van het huis volgens het sleutelregister en is geen huurder met sleutelrecht. Geef eerst een sleutel uit, of noem iemand die er een heeft.`,
    `Outside the building manager's hours: "${keyHolder}" has no key or pass of the house on ${when.en} according to the key register, and is not a renter with key rights. Hand out a key first, or name someone who has one.`,
  );
}

/**
 * What the beheerder must confirm but may allow (each warning a `msg`, shown in the caller's language): a closed day, outside opening hours, more people than
 * fit, and outside the beheerder's hours without a named key holder.
 */
export function warningsFor(db: Db, b: BookingFacts): string[] {
  const warnings: string[] = [];
  const date = b.span.busyFrom.slice(0, 10);
  const sameDay = b.span.busyTo.slice(0, 10) === date;
  const [day] = dayStatuses(db, date, 1);
  const from = b.span.busyFrom.slice(11);
  const to = sameDay ? b.span.busyTo.slice(11) : '24:00';
  const when = { nl: formatDateNl(date), en: formatDateEn(date) };
  if (day!.closedBecause)
    warnings.push(
      msg(
        `Het huis is gesloten op ${when.nl}: ${day!.closedBecause}.`,
        `The house is closed on ${when.en}: ${day!.closedBecause}.`,
      ),
    );
  else if (day!.open.length === 0)
    warnings.push(msg(`Het huis is op ${when.nl} niet open.`, `The house is not open on ${when.en}.`));
  else if (!sameDay || !within(day!.open, from, to))
    warnings.push(
      msg(
        `Valt buiten de openingstijden van ${when.nl} (${list(day!.open, 'en')}).`,
        `Falls outside the opening hours of ${when.en} (${list(day!.open, 'and')}).`,
      ),
    );

  if (b.expectedPeople) {
    for (const roomId of b.roomIds) {
      const room = getRoom(db, roomId);
      const layout = room.layouts.find((l) => l.layout.toLowerCase() === b.layout.toLowerCase());
      const capacity = layout?.capacity ?? room.maxCapacity;
      if (capacity > 0 && b.expectedPeople > capacity) {
        warnings.push(
          msg(
            `Meer mensen (${b.expectedPeople}) dan er passen in ${room.name}${layout ? ` in opstelling ${layout.layout}` : ''} (${capacity}).`,
            `More people (${b.expectedPeople}) than fit in ${room.name}${layout ? ` in layout ${layout.layout}` : ''} (${capacity}).`,
          ),
        );
      }
    }
  }

  const byBeheerder = sameDay && within(day!.beheerder, from, to);
  if (!byBeheerder && !b.renter.keyRights) {
    const keyWarning = keyHolderWarning(db, b.keyHolder.trim(), date, when);
    if (keyWarning) warnings.push(keyWarning);
  }
  return warnings;
}
