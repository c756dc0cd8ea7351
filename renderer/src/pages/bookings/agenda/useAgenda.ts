import { useCallback, useMemo, useRef, useState } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import type { ColorMode } from './colors';
import { DEFAULT_FILTER, type AgendaFilter } from './filters';
import type { GridHandle } from './grid/useAgendaGrid';
import type { Room } from './types';
import { useAgendaDates } from './useAgendaDates';
import { useAgendaDialogs } from './useAgendaDialogs';
import { useFiltersOpen } from './useFiltersOpen';
import { useMoveBooking } from './useMoveBooking';
import { useSurfaceHandlers, useSurfaceLoading } from './useSurfaceHandlers';

/** Everything the agenda page holds: data, filter, view and dates, loading, moves, drawer and dialogs. */
export function useAgenda(rooms: Room[]) {
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const calendar = useRef<FullCalendar>(null);
  const grid = useRef<GridHandle>(null);
  const options = useApi('bookings.options', {});
  const [tab, setTab] = useState<'agenda' | 'opties'>('agenda');
  const [filter, setFilter] = useState<AgendaFilter>(DEFAULT_FILTER);
  const [colorMode, setColorMode] = useState<ColorMode>('room');
  const [filtersOpen, toggleFilters] = useFiltersOpen();

  // Opening the dialog or the drawer must not render the page again: with a week of thirty rooms the
  // calendar, the filters and the options list cost more than the dialog itself.
  // So everything handed to the memoized parts keeps its identity between renders.
  const api = useCallback(() => calendar.current?.getApi(), []);
  const dates = useAgendaDates(api);
  const { setGridDate } = dates;
  const surface = useSurfaceLoading();
  const { reload: reloadOptions } = options;
  const refresh = useCallback(() => {
    calendar.current?.getApi().refetchEvents();
    grid.current?.refetch();
    reloadOptions();
  }, [reloadOptions]);
  const move = useMoveBooking(refresh);
  // Stable while the rooms are: the calendar rebuilds its resources when this changes.
  const activeRooms = useMemo(() => rooms.filter((r) => r.active), [rooms]);
  const dialogs = useAgendaDialogs(surface.loadedOnce);
  const handlers = useSurfaceHandlers({
    onDatesSet: dates.onDatesSet,
    setOpenId: dialogs.setOpenId,
    setDialog: dialogs.setDialog,
    setLoadError: surface.setLoadError,
    onLoading: surface.onLoading,
    onMove: move.onMove,
  });
  const onSaved = useCallback(
    (date: string) => {
      refresh();
      api()?.gotoDate(date);
      setGridDate(date);
    },
    [refresh, api, setGridDate],
  );

  return {
    canEdit,
    refs: { calendar, grid },
    options,
    tab,
    setTab,
    filter,
    setFilter,
    colorMode,
    setColorMode,
    filtersOpen,
    toggleFilters,
    dates,
    surface,
    refresh,
    move,
    activeRooms,
    dialogs,
    handlers,
    onSaved,
  };
}
