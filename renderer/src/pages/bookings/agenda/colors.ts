/** Colours of bookings in the calendar; readable text on any room colour a beheerder may pick. */
import type { BookingStatus } from './types';

export type ColorMode = 'room' | 'status';

/** Amber for requests: black text on it stays above 9:1. */
const AMBER = '#f59f00';
const CANCELLED = '#e9ecef';

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 0;
  const channel = (i: number) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** White or black, whichever contrasts more with the background (WCAG contrast ratio). */
export function textOn(background: string): string {
  const l = luminance(background);
  const withWhite = 1.05 / (l + 0.05);
  const withBlack = (l + 0.05) / 0.05;
  return withWhite >= withBlack ? '#ffffff' : '#000000';
}

export interface EventColors {
  backgroundColor: string;
  borderColor: string;
  textColor: string;
  classNames: string[];
}

/**
 * Per room: every booking in its room's colour, options striped so a hold never looks final.
 * Per status: confirmed in the room's colour, requests amber, options pale with a dashed border.
 * Cancelled bookings (only shown when the filter asks for them) are grey and struck through.
 */
export function eventColors(status: BookingStatus, roomColor: string, mode: ColorMode): EventColors {
  if (status === 'geannuleerd')
    return {
      backgroundColor: CANCELLED,
      borderColor: '#868e96',
      textColor: '#343a40',
      classNames: ['agenda-event', 'agenda-cancelled'],
    };
  if (mode === 'status' && status === 'aanvraag')
    return { backgroundColor: AMBER, borderColor: '#a35f00', textColor: '#000000', classNames: ['agenda-event'] };
  if (mode === 'status' && status === 'optie')
    return {
      backgroundColor: '#ffffff',
      borderColor: roomColor,
      textColor: '#212529',
      classNames: ['agenda-event', 'agenda-option-pale'],
    };
  return {
    backgroundColor: roomColor,
    borderColor: roomColor,
    textColor: textOn(roomColor),
    classNames: ['agenda-event', ...(status === 'optie' ? ['agenda-option-striped'] : [])],
  };
}

const FALLBACK_COLOR = '#495057';

/** Each room's colour by id, for colouring its bookings. */
export function roomColorsOf(rooms: readonly { id: number; color: string }[]): ReadonlyMap<number, string> {
  return new Map(rooms.map((r) => [r.id, r.color]));
}

/** A booking's colours, those of its first room: a booking of several rooms looks the same in each. */
export function bookingColors(
  booking: { status: BookingStatus; roomIds: readonly number[] },
  roomColors: ReadonlyMap<number, string>,
  mode: ColorMode,
): EventColors {
  return eventColors(booking.status, roomColors.get(booking.roomIds[0] ?? 0) ?? FALLBACK_COLOR, mode);
}
