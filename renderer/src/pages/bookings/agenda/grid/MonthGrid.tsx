import { forwardRef, memo, useImperativeHandle, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWeekday, todayIso } from '../../../../format';
import { useFormat } from '../../../../hooks/useFormat';
import { dayLabel, WEEKDAYS } from '../../../roster/shared/time';
import { roomColorsOf } from '../colors';
import { cellKey, gridCells, monthOf } from './gridCells';
import { GridBooking } from './GridBooking';
import { AGENDA_TITLE_ID } from '../AgendaToolbar';
import { useAgendaGrid, type GridHandle, type GridProps } from './useAgendaGrid';
import classes from './Grid.module.css';

/** Bookings listed per day before "+n extra". */
export const MONTH_DAY_BOOKINGS = 5;

interface MonthGridProps extends GridProps {
  /** A day's number or its "+n extra": that day with the rooms side by side. */
  onOpenDay: (date: string) => void;
}

/**
 * The month as weeks of days, Monday first. A busy house has fifty bookings a day: each day lists its
 * first five, one line each, and "+n extra", which opens the day (the view made for a full day). Only
 * what is listed is drawn; FullCalendar's month drew every booking of the month to count the hidden ones.
 * Clicks and drag and drop as in the week; a booking dragged to another day keeps its rooms and times.
 */
export const MonthGrid = memo(
  forwardRef<GridHandle, MonthGridProps>(function MonthGrid(
    { rooms, filter, colorMode, canEdit, date, handlers, onOpenDay },
    ref,
  ) {
    const { t } = useTranslation();
    const f = useFormat();
    const weeks = useMemo(() => monthOf(date), [date]);
    const days = useMemo(() => weeks.flat(), [weeks]);
    const roomColors = useMemo(() => roomColorsOf(rooms), [rooms]);
    const { bookings, reload, body } = useAgendaGrid({ days, filter, canEdit, handlers, onOpenDay });
    useImperativeHandle(ref, () => ({ refetch: reload }), [reload]);
    const cells = useMemo(() => gridCells(bookings, days, 'day'), [bookings, days]);
    const labels = useMemo(() => new Map(days.map((d) => [d, dayLabel(d, f.locale)])), [days, f.locale]);
    const month = date.slice(0, 7);
    const today = todayIso();

    return (
      <table className={`${classes.grid} ${classes.month}`} aria-labelledby={AGENDA_TITLE_ID} data-agenda-month>
        <thead>
          <tr>
            {WEEKDAYS.map((n) => (
              <th key={n} scope="col">
                {formatWeekday(n, f.locale, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...body}>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((d) => {
                const entries = cells.get(cellKey(null, d)) ?? [];
                const hidden = entries.length - MONTH_DAY_BOOKINGS;
                const label = labels.get(d)!;
                return (
                  <td
                    key={d}
                    data-date={d}
                    data-today={d === today || undefined}
                    data-other-month={d.slice(0, 7) !== month || undefined}
                    className={canEdit ? classes.editable : undefined}
                  >
                    <button
                      type="button"
                      className={classes.dayNumber}
                      data-open-day={d}
                      aria-label={t('agenda.openDay', { day: label })}
                    >
                      {Number(d.slice(8))}
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
                        data-open-day={d}
                        data-more
                        aria-label={t('agenda.moreOnDayLabel', { count: hidden, day: label })}
                      >
                        {t('agenda.moreOnDay', { count: hidden })}
                      </button>
                    )}
                    {canEdit && (
                      <button
                        type="button"
                        className={classes.add}
                        aria-label={t('agenda.newBookingOn', { day: label })}
                      >
                        +
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }),
);
