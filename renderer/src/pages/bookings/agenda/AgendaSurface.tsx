import type { RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { Loader } from '@mantine/core';
import { AgendaCalendar } from './AgendaCalendar';
import type { CalendarHandlers, CalendarView } from './calendarOptions';
import type { ColorMode } from './colors';
import type { AgendaFilter } from './filters';
import { MonthGrid } from './grid/MonthGrid';
import { WeekGrid } from './grid/WeekGrid';
import type { GridHandle } from './grid/useAgendaGrid';
import type { AgendaView } from './surface';
import type { Room } from './types';

interface AgendaSurfaceProps {
  view: AgendaView;
  calendarRef: RefObject<FullCalendar | null>;
  gridRef: RefObject<GridHandle | null>;
  rooms: readonly Room[];
  filter: AgendaFilter;
  colorMode: ColorMode;
  canEdit: boolean;
  /** The week or month the grids show. */
  gridDate: string;
  /** Where FullCalendar starts when it is mounted (when a grid is left). */
  calendarStart: { view: CalendarView; date: string };
  handlers: CalendarHandlers;
  onOpenDay: (date: string) => void;
  loading: boolean;
}

/** The surface the view draws the bookings on: the week or month grid, or FullCalendar for the day and the list. */
export function AgendaSurface({
  view,
  calendarRef,
  gridRef,
  rooms,
  filter,
  colorMode,
  canEdit,
  gridDate,
  calendarStart,
  handlers,
  onOpenDay,
  loading,
}: AgendaSurfaceProps) {
  const shared = { rooms, filter, colorMode, canEdit, handlers };
  return (
    <div className="agenda-calendar" aria-busy={loading}>
      {loading && <Loader size="sm" className="agenda-loader no-print" aria-hidden />}
      {view === 'week' ? (
        <WeekGrid ref={gridRef} {...shared} date={gridDate} />
      ) : view === 'month' ? (
        <MonthGrid ref={gridRef} {...shared} date={gridDate} onOpenDay={onOpenDay} />
      ) : (
        <AgendaCalendar
          ref={calendarRef}
          {...shared}
          initialView={calendarStart.view}
          initialDate={calendarStart.date}
        />
      )}
    </div>
  );
}
