import { useCallback, useState } from 'react';
import type { DialogMode } from './booking/BookingDialog';
import { useDrawnAhead } from './booking/useDrawnAhead';
import type { Booking } from './types';

export const NEW_BOOKING: DialogMode = { kind: 'create', prefill: {} };

/**
 * The booking open in the drawer and the booking dialog (new or edit). The new booking's dialog is drawn
 * ahead once the page has settled (its first bookings loaded).
 */
export function useAgendaDialogs(pageSettled: boolean) {
  const [dialog, setDialog] = useState<DialogMode | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const closeDrawer = useCallback(() => setOpenId(null), []);
  const editFromDrawer = useCallback((booking: Booking) => {
    setOpenId(null);
    setDialog({ kind: 'edit', booking });
  }, []);
  const openNew = useCallback(() => setDialog(NEW_BOOKING), []);
  const creating = dialog?.kind === 'create' ? dialog : null;
  const ahead = useDrawnAhead(creating !== null, pageSettled);
  const { renew } = ahead;
  const closeDialog = useCallback(() => {
    setDialog(null);
    renew();
  }, [renew]);
  return { dialog, setDialog, openId, setOpenId, closeDrawer, editFromDrawer, openNew, creating, ahead, closeDialog };
}

export type AgendaDialogs = ReturnType<typeof useAgendaDialogs>;
