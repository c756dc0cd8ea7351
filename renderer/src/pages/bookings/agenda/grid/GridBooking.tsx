import type { TFunction } from 'i18next';
import { bookingColors, type ColorMode } from '../colors';
import type { GridEntry } from './gridCells';
import classes from './Grid.module.css';

interface GridBookingProps {
  entry: GridEntry;
  /** The day's name as its column shows it, for the accessible name. */
  dayLabel: string;
  roomColors: ReadonlyMap<number, string>;
  colorMode: ColorMode;
  canEdit: boolean;
  /** One line, time and title (the month); otherwise time above a wrapping title (the week). */
  compact?: boolean;
  /** The grid's: hundreds of bookings need not each subscribe to the language. */
  t: TFunction;
}

/** A booking in a grid cell: a button in the colours of the calendar, draggable for the beheerder. */
export function GridBooking({
  entry: { booking: b, time },
  dayLabel,
  roomColors,
  colorMode,
  canEdit,
  compact = false,
  t,
}: GridBookingProps) {
  const colors = bookingColors(b, roomColors, colorMode);
  const label = t('agenda.eventLabel', {
    title: b.title,
    when: `${dayLabel} ${time}`,
    rooms: b.roomNames.join(', '),
    renter: b.renterName,
    status: t(`booking.status.${b.status}`),
  });
  return (
    <button
      type="button"
      data-booking={b.id}
      className={`${classes.booking} ${colors.classNames.join(' ')}`}
      data-compact={compact || undefined}
      style={{ backgroundColor: colors.backgroundColor, borderColor: colors.borderColor, color: colors.textColor }}
      // A cancelled booking stays where it was; moving it would suggest it still happens.
      draggable={canEdit && b.status !== 'geannuleerd'}
      aria-label={label}
      title={compact ? `${time} ${b.title}` : undefined}
    >
      <span className={classes.time}>{compact ? time.split('–')[0] : time}</span>
      <span className="agenda-event-title">{b.title}</span>
    </button>
  );
}
