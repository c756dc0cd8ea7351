import { useEffect, useLayoutEffect, useMemo, useRef, type DragEvent, type MouseEvent } from 'react';
import { useApi } from '../../../../hooks/useApi';
import type { ColorMode } from '../colors';
import type { AgendaFilter } from '../filters';
import { listInput, type AgendaHandlers } from '../surface';
import { agendaBookings, type AgendaBooking, type Room } from '../types';
import { moveTo, type DragOrigin } from './gridCells';

const NO_BOOKINGS: AgendaBooking[] = [];

/** What the page asks of a grid: load its bookings again (after a save elsewhere). */
export interface GridHandle {
  refetch: () => void;
}

export interface GridProps {
  rooms: readonly Room[];
  filter: AgendaFilter;
  colorMode: ColorMode;
  canEdit: boolean;
  /** Any day of the week or month to show. */
  date: string;
  handlers: AgendaHandlers;
}

/** The cell an event happened in: its date, and its room in the week (rows are rooms). */
function cellOf(target: EventTarget | null): { cell: HTMLElement; roomId: number | null; date: string } | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-date]') : null;
  if (!cell) return null;
  return { cell, roomId: cell.dataset.room ? Number(cell.dataset.room) : null, date: cell.dataset.date! };
}

const clearDropMark = (root: HTMLElement) =>
  root.querySelectorAll('[data-drop]').forEach((el) => el.removeAttribute('data-drop'));

interface AgendaGridOptions {
  days: readonly string[];
  filter: AgendaFilter;
  canEdit: boolean;
  handlers: AgendaHandlers;
  /** A day's number or its "+n extra" (elements with data-open-day) was clicked. */
  onOpenDay?: (date: string) => void;
}

/**
 * What the week and the month grid share: the bookings of their days under the filter (loading and
 * errors reported to the page), and the handling of clicks and native drag and drop, once, on the
 * table body: a booking (data-booking) opens, an empty part of a cell starts a booking there, a booking
 * dropped on another cell moves there at the same time of day.
 */
export function useAgendaGrid({ days, filter, canEdit, handlers, onOpenDay }: AgendaGridOptions) {
  const latest = useRef({ handlers, onOpenDay });
  useLayoutEffect(() => {
    latest.current = { handlers, onOpenDay };
  });

  // No status chosen: nothing to show, and the core would read an empty list as "all".
  const wanted = filter.statuses.length > 0;
  const query = useApi('bookings.calendar', listInput({ from: days[0]!, to: days[days.length - 1]! }, filter), {
    enabled: wanted,
  });
  const answer = wanted ? query.data : undefined;
  const bookings = useMemo(() => (answer ? agendaBookings(answer) : NO_BOOKINGS), [answer]);
  const byId = useMemo(() => new Map(bookings.map((b) => [b.id, b])), [bookings]);
  useEffect(() => latest.current.handlers.onLoading(query.loading), [query.loading]);
  useEffect(() => latest.current.handlers.onLoadError(query.error ? query.error.message : null), [query.error]);

  const dragged = useRef<DragOrigin | null>(null);
  const bookingAt = (target: EventTarget | null) => {
    const button = target instanceof Element ? target.closest<HTMLElement>('[data-booking]') : null;
    return button ? byId.get(Number(button.dataset.booking)) : undefined;
  };

  const onClick = (e: MouseEvent<HTMLElement>) => {
    const booking = bookingAt(e.target);
    if (booking) return latest.current.handlers.onOpen(booking);
    const day = (e.target as Element).closest<HTMLElement>('[data-open-day]')?.dataset.openDay;
    if (day) return latest.current.onOpenDay?.(day);
    const at = canEdit ? cellOf(e.target) : null;
    if (at)
      latest.current.handlers.onCreate(
        at.roomId === null ? { date: at.date } : { roomIds: [String(at.roomId)], date: at.date },
      );
  };

  const onDragStart = (e: DragEvent<HTMLElement>) => {
    const booking = bookingAt(e.target);
    const at = cellOf(e.target);
    if (!booking || !at) return;
    dragged.current = { booking, roomId: at.roomId, date: at.date };
    e.dataTransfer.effectAllowed = 'move';
    // A type of its own: dropped on a text field elsewhere, a booking pastes nothing.
    e.dataTransfer.setData('application/x-wijkhuis-booking', String(booking.id));
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
  const onDragLeave = (e: DragEvent<HTMLElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) clearDropMark(e.currentTarget);
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
    if (input) latest.current.handlers.onMove({ input, title: origin.booking.title, revert: () => {} });
  };

  const body = canEdit ? { onClick, onDragStart, onDragOver, onDragLeave, onDragEnd, onDrop } : { onClick };
  return { bookings, reload: query.reload, body };
}
