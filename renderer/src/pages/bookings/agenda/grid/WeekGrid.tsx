import { forwardRef, memo, useImperativeHandle, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mondayOf, todayIso } from '../../../../format';
import { useFormat } from '../../../../hooks/useFormat';
import { dayLabel, weekDates } from '../../../roster/shared/time';
import { roomColorsOf } from '../colors';
import { shownRooms } from '../surface';
import { cellKey, gridCells } from './gridCells';
import { GridBooking } from './GridBooking';
import { AGENDA_TITLE_ID } from '../AgendaToolbar';
import { useAgendaGrid, type GridHandle, type GridProps } from './useAgendaGrid';
import classes from './Grid.module.css';

/**
 * The week as a table of rooms × days: every booking a button in its room's row and its day's column,
 * in order of start. A click opens it; dragging it to another cell moves it to that day and room at the
 * same time of day; a click in an empty part of a cell (or its + button) starts a booking there.
 *
 * Our own table rather than FullCalendar's resource timeline: that one measured and synchronised every
 * row's height after drawing, and a week of thirty rooms took a second to appear.
 */
export const WeekGrid = memo(
  forwardRef<GridHandle, GridProps>(function WeekGrid({ rooms, filter, colorMode, canEdit, date, handlers }, ref) {
    const { t } = useTranslation();
    const f = useFormat();
    const days = useMemo(() => weekDates(mondayOf(date)), [date]);
    const shown = useMemo(() => shownRooms(rooms, filter.roomIds), [rooms, filter.roomIds]);
    const roomColors = useMemo(() => roomColorsOf(rooms), [rooms]);
    const { bookings, reload, body } = useAgendaGrid({ days, filter, canEdit, handlers });
    useImperativeHandle(ref, () => ({ refetch: reload }), [reload]);
    const cells = useMemo(() => gridCells(bookings, days, 'room'), [bookings, days]);
    const labels = useMemo(() => days.map((d) => dayLabel(d, f.locale)), [days, f.locale]);
    const today = todayIso();

    return (
      <table className={classes.grid} aria-labelledby={AGENDA_TITLE_ID} data-agenda-week>
        <thead>
          <tr>
            <th scope="col" className={classes.roomHead}>
              {t('agenda.room')}
            </th>
            {days.map((d, i) => (
              <th key={d} scope="col" data-today={d === today || undefined}>
                {labels[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody {...body}>
          {shown.map((room) => (
            <tr key={room.id}>
              <th scope="row" className={classes.room}>
                <span className={classes.swatch} style={{ backgroundColor: room.color }} aria-hidden />
                {room.name}
              </th>
              {days.map((d, i) => (
                <td
                  key={d}
                  data-room={room.id}
                  data-date={d}
                  data-today={d === today || undefined}
                  className={canEdit ? classes.editable : undefined}
                >
                  {cells.get(cellKey(room.id, d))?.map((entry) => (
                    <GridBooking
                      key={entry.booking.id}
                      entry={entry}
                      dayLabel={labels[i]!}
                      roomColors={roomColors}
                      colorMode={colorMode}
                      canEdit={canEdit}
                      t={t}
                    />
                  ))}
                  {canEdit && (
                    <button
                      type="button"
                      className={classes.add}
                      aria-label={t('agenda.newBookingIn', { room: room.name, day: labels[i] })}
                    >
                      +
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }),
);
