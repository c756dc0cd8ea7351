import type { TFunction } from 'i18next';
import type { ColorMode } from '../colors';
import type { GridEntry } from './gridCells';
import { GridBooking } from './GridBooking';
import classes from './Grid.module.css';

/** Bookings listed per day before "+n extra". */
export const MONTH_DAY_BOOKINGS = 5;

interface MonthDayProps {
  date: string;
  /** The day's bookings in order of start; only the first few are drawn. */
  entries: readonly GridEntry[];
  /** The day's name, for the accessible names of its buttons. */
  label: string;
  today: boolean;
  otherMonth: boolean;
  roomColors: ReadonlyMap<number, string>;
  colorMode: ColorMode;
  canEdit: boolean;
  /** The grid's: forty days need not each subscribe to the language. */
  t: TFunction;
}

/** One day of the month: its number (opens the day), its first bookings, "+n extra" and, for the keyboard, "+". */
export function MonthDay({
  date,
  entries,
  label,
  today,
  otherMonth,
  roomColors,
  colorMode,
  canEdit,
  t,
}: MonthDayProps) {
  const hidden = entries.length - MONTH_DAY_BOOKINGS;
  return (
    <td
      data-date={date}
      data-today={today || undefined}
      data-other-month={otherMonth || undefined}
      className={canEdit ? classes.editable : undefined}
    >
      <button
        type="button"
        className={classes.dayNumber}
        data-open-day={date}
        aria-label={t('agenda.openDay', { day: label })}
      >
        {Number(date.slice(8))}
      </button>
      {entries.slice(0, MONTH_DAY_BOOKINGS).map((entry) => (
        <GridBooking
          key={entry.booking.id}
          entry={entry}
          dayLabel={label}
          roomColors={roomColors}
          colorMode={colorMode}
          canEdit={canEdit}
          compact
          t={t}
        />
      ))}
      {hidden > 0 && (
        <button
          type="button"
          className={classes.more}
          data-open-day={date}
          data-more
          aria-label={t('agenda.moreOnDayLabel', { count: hidden, day: label })}
        >
          {t('agenda.moreOnDay', { count: hidden })}
        </button>
      )}
      {canEdit && (
        <button type="button" className={classes.add} aria-label={t('agenda.newBookingOn', { day: label })}>
          +
        </button>
      )}
    </td>
  );
}
