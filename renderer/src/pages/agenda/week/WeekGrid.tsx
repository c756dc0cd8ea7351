import { forwardRef, memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type DragEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { mondayOf } from '../../../components/WeekStepper';
import { dayLabel, weekDates } from '../../roster/shared/time';
import { eventColors, type ColorMode } from '../colors';
import type { AgendaFilter } from '../filters';
import { listInput, shownRooms, type AgendaHandlers } from '../surface';
import type { Booking, Room } from '../types';
import { cellKey, moveTo, weekCells, type DragOrigin, type WeekEntry } from './weekCells';
import classes from './WeekGrid.module.css';

export interface WeekGridHandle {
  refetch: () => void;
}

interface WeekGridProps {
  rooms: readonly Room[];
  filter: AgendaFilter;
  colorMode: ColorMode;
  canEdit: boolean;
  /** Any day of the week to show. */
  date: string;
  handlers: AgendaHandlers;
}

const NO_BOOKINGS: Booking[] = [];

/** The cell an event happened in, with its room and date. */
function cellOf(target: EventTarget | null): { cell: HTMLElement; roomId: number; date: string } | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-date]') : null;
  return cell ? { cell, roomId: Number(cell.dataset.room), date: cell.dataset.date! } : null;
}

/**
 * The week as a table of rooms × days: every booking a button in its room's row and its day's column,
 * in order of start. A click opens it; dragging it to another cell moves it to that day and room at the
 * same time of day; a click in an empty part of a cell (or its + button) starts a booking there.
 *
 * Our own grid rather than FullCalendar's resource timeline: that one measured and synchronised every
 * row's height after drawing, and a week of thirty rooms took a second to appear. The table lays itself
 * out. Events are handled once, on the table body, so a cell is plain markup.
 */
export const WeekGrid = memo(forwardRef<WeekGridHandle, WeekGridProps>(function WeekGrid({ rooms, filter, colorMode, canEdit, date, handlers }, ref) {
  const { t } = useTranslation();
  const f = useFormat();
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  const days = useMemo(() => weekDates(mondayOf(date)), [date]);
  const shown = useMemo(() => shownRooms(rooms, filter.roomIds), [rooms, filter.roomIds]);
  const roomColors = useMemo(() => new Map(rooms.map((r) => [r.id, r.color])), [rooms]);
  // No status chosen: nothing to show, and the core would read an empty list as "all".
  const wanted = filter.statuses.length > 0;
  const query = useApi('bookings.list', listInput({ from: days[0]!, to: days[6]! }, filter), { enabled: wanted });
  const bookings = (wanted && query.data) || NO_BOOKINGS;
  const cells = useMemo(() => weekCells(bookings, days), [bookings, days]);
  const byId = useMemo(() => new Map(bookings.map((b) => [b.id, b])), [bookings]);

  useImperativeHandle(ref, () => ({ refetch: query.reload }), [query.reload]);
  useEffect(() => latest.current.onLoading(query.loading), [query.loading]);
  useEffect(() => latest.current.onLoadError(query.error ? query.error.message : null), [query.error]);

  const dragged = useRef<DragOrigin | null>(null);
  const clearDropMark = (root: HTMLElement) => root.querySelectorAll('[data-drop]').forEach((el) => el.removeAttribute('data-drop'));

  const onClick = (e: MouseEvent<HTMLElement>) => {
    const target = e.target as Element;
    const button = target.closest<HTMLElement>('[data-booking]');
    const booking = button ? byId.get(Number(button.dataset.booking)) : undefined;
    if (booking) return latest.current.onOpen(booking);
    const at = canEdit ? cellOf(target) : null;
    if (at) latest.current.onCreate({ roomIds: [String(at.roomId)], date: at.date });
  };

  const onDragStart = (e: DragEvent<HTMLElement>) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-booking]');
    const booking = button ? byId.get(Number(button.dataset.booking)) : undefined;
    const at = cellOf(button);
    if (!booking || !at) return;
    dragged.current = { booking, roomId: at.roomId, date: at.date };
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', booking.title);
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    const at = dragged.current ? cellOf(e.target) : null;
    if (!at) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (!at.cell.hasAttribute('data-drop')) {
      clearDropMark(e.currentTarget);
      at.cell.setAttribute('data-drop', '');
    }
  };
  const onDragEnd = (e: DragEvent<HTMLElement>) => {
    dragged.current = null;
    clearDropMark(e.currentTarget);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    const origin = dragged.current;
    const at = cellOf(e.target);
    dragged.current = null;
    clearDropMark(e.currentTarget);
    if (!origin || !at) return;
    e.preventDefault();
    const input = moveTo(origin, at.roomId, at.date);
    // Nothing was moved on screen yet: the grid shows the new place once the core has it.
    if (input) latest.current.onMove({ input, title: origin.booking.title, revert: () => {} });
  };

  const today = todayIso();
  const labels = useMemo(() => days.map((d) => dayLabel(d, f.locale)), [days, f.locale]);
  const entryLabel = ({ booking: b, time }: WeekEntry, day: string) =>
    t('agenda.eventLabel', { title: b.title, when: `${day} ${time}`, rooms: b.roomNames.join(', '), renter: b.renterName, status: t(`booking.status.${b.status}`) });

  return (
    <table className={classes.week} data-agenda-week>
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
      <tbody onClick={onClick} onDragStart={canEdit ? onDragStart : undefined} onDragOver={canEdit ? onDragOver : undefined} onDragEnd={canEdit ? onDragEnd : undefined} onDrop={canEdit ? onDrop : undefined}>
        {shown.map((room) => (
          <tr key={room.id}>
            <th scope="row" className={classes.room}>
              <span className={classes.swatch} style={{ backgroundColor: room.color }} aria-hidden />
              {room.name}
            </th>
            {days.map((d, i) => (
              <td key={d} data-room={room.id} data-date={d} data-today={d === today || undefined} className={canEdit ? classes.editable : undefined}>
                {cells.get(cellKey(room.id, d))?.map((entry) => {
                  const b = entry.booking;
                  const colors = eventColors(b.status, roomColors.get(b.roomIds[0] ?? 0) ?? room.color, colorMode);
                  return (
                    <button
                      key={b.id}
                      type="button"
                      data-booking={b.id}
                      className={`${classes.booking} ${colors.classNames.join(' ')}`}
                      style={{ backgroundColor: colors.backgroundColor, borderColor: colors.borderColor, color: colors.textColor }}
                      draggable={canEdit && b.status !== 'geannuleerd'}
                      aria-label={entryLabel(entry, labels[i]!)}
                    >
                      <span className={classes.time}>{entry.time}</span>
                      <span className="agenda-event-title">{b.title}</span>
                    </button>
                  );
                })}
                {canEdit && (
                  <button type="button" className={classes.add} aria-label={t('agenda.newBookingIn', { room: room.name, day: labels[i] })}>
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
}));
