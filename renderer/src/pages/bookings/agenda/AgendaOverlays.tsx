import { BookingDialog } from './booking/BookingDialog';
import { BookingDrawer } from './details/BookingDrawer';
import type { Room } from './types';
import { NEW_BOOKING, type AgendaDialogs } from './useAgendaDialogs';

interface AgendaOverlaysProps {
  dialogs: AgendaDialogs;
  canEdit: boolean;
  rooms: readonly Room[];
  /** A booking changed in the drawer: the surfaces load again. */
  onChanged: () => void;
  onSaved: (date: string) => void;
}

/** The booking drawer, the new booking's dialog (drawn ahead, hidden, for the beheerder) and an edit's dialog. */
export function AgendaOverlays({ dialogs, canEdit, rooms, onChanged, onSaved }: AgendaOverlaysProps) {
  const { dialog, creating, ahead, closeDialog } = dialogs;
  return (
    <>
      <BookingDrawer
        bookingId={dialogs.openId}
        canEdit={canEdit}
        onClose={dialogs.closeDrawer}
        onEdit={dialogs.editFromDrawer}
        onChanged={onChanged}
      />
      {canEdit && ahead.mounted && (
        <BookingDialog
          key={ahead.key}
          mode={creating ?? NEW_BOOKING}
          shown={ahead.shown}
          rooms={rooms}
          onClose={closeDialog}
          onSaved={onSaved}
        />
      )}
      {dialog?.kind === 'edit' && <BookingDialog mode={dialog} rooms={rooms} onClose={closeDialog} onSaved={onSaved} />}
    </>
  );
}
