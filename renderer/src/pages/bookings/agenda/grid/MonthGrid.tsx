import { forwardRef, memo, useImperativeHandle, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWeekday, todayIso } from '../../../../format';
import { useFormat } from '../../../../hooks/useFormat';
import { dayLabel, WEEKDAYS } from '../../../roster/shared/time';
import { roomColorsOf } from '../colors';
import { cellKey, gridCells, monthOf } from './gridCells';
import { MonthDay } from './MonthDay';
import { AGENDA_TITLE_ID } from '../AgendaToolbar';
import { useAgendaGrid, type GridHandle, type GridProps } from './useAgendaGrid';
import classes from './Grid.module.css';

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
              {week.map((d) => (
                <MonthDay
                  key={d}
                  date={d}
                  entries={cells.get(cellKey(null, d)) ?? []}
                  label={labels.get(d)!}
                  today={d === today}
                  otherMonth={d.slice(0, 7) !== month}
                  roomColors={roomColors}
                  colorMode={colorMode}
                  canEdit={canEdit}
                  t={t}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }),
);
