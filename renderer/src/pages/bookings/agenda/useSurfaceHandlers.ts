import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DatesSetArg } from '@fullcalendar/core';
import type { CalendarHandlers } from './calendarOptions';
import type { DialogMode } from './booking/BookingDialog';
import type { MoveRequest } from './useMoveBooking';

/** Whether the shown surface is loading, has loaded its bookings once, or failed to. */
export function useSurfaceLoading() {
  const [loading, setLoading] = useState(false);
  const [loadedOnce, setLoadedOnce] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const onLoading = useCallback((busy: boolean) => {
    setLoading(busy);
    if (!busy) setLoadedOnce(true);
  }, []);
  return { loading, loadedOnce, loadError, setLoadError, onLoading };
}

interface SurfaceReports {
  onDatesSet: (arg: DatesSetArg) => void;
  setOpenId: (id: number) => void;
  setDialog: (dialog: DialogMode) => void;
  setLoadError: (message: string | null) => void;
  onLoading: (busy: boolean) => void;
  /** Changes every render: read through a ref, so the handlers keep their identity. */
  onMove: (request: MoveRequest) => Promise<void>;
}

/** What every surface reports to the page, as one object that never changes (the surfaces are memoized on it). */
export function useSurfaceHandlers({
  onDatesSet,
  setOpenId,
  setDialog,
  setLoadError,
  onLoading,
  onMove,
}: SurfaceReports) {
  const latestMove = useRef(onMove);
  useLayoutEffect(() => {
    latestMove.current = onMove;
  });
  return useMemo<CalendarHandlers>(
    () => ({
      onDatesSet,
      onOpen: (booking) => setOpenId(booking.id),
      onCreate: (prefill) => setDialog({ kind: 'create', prefill }),
      onMove: (request) => void latestMove.current(request),
      onLoadError: setLoadError,
      onLoading,
    }),
    [onDatesSet, setOpenId, setDialog, setLoadError, onLoading],
  );
}
