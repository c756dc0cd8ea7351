import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input, type Output } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess, notifyUndoable } from '../../../notify';
import { WarningsList } from './WarningsList';

/** A booking dragged to a new place, in FullCalendar's day view or in the week or month grid. */
export interface MoveRequest {
  input: Input<'bookings.move'>;
  title: string;
  /** Puts the booking back on screen where it was, when the move is refused or not confirmed. */
  revert: () => void;
}

/**
 * Drag and drop and resize: the core checks the new place again. A refusal puts the booking back and
 * says why; warnings are shown for the beheerder to allow (then sent again with confirmWarnings) or to
 * undo. Only the moved occurrence changes; the core detaches it from its series, after asking (a warning) for
 * a date of a series. After any move its message offers "Ongedaan maken". A refused move (or undo) is `alert`, for
 * the page to put right above the calendar: the user is looking at the booking that jumped back, not at the corner.
 */
export function useMoveBooking(onMoved: () => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ move: MoveRequest; warnings: string[] } | null>(null);
  const confirmed = useRef(false);
  const [refusal, setRefusal] = useState<{ title: string; message: string } | null>(null);
  const refuse = (title: string, error: unknown) =>
    setRefusal({ title, message: error instanceof Error ? error.message : String(error) });

  const undo = async (move: MoveRequest, moved: Output<'bookings.move'>) => {
    const { previous } = moved;
    setRefusal(null);
    try {
      await call('bookings.move', {
        id: moved.id,
        start: previous.start,
        end: previous.end,
        restore: { roomIds: previous.roomIds, detached: previous.detached },
        // Back where it was: what was allowed there before needs no new confirmation.
        confirmWarnings: true,
      });
      notifySuccess(t('agenda.moveUndone', { title: move.title }));
    } catch (error) {
      refuse(t('agenda.notUndone'), error);
    }
    onMoved();
  };

  // Every move can be taken back from its message: a drag is easily made by mistake.
  const done = (move: MoveRequest, moved: Output<'bookings.move'>) => {
    notifyUndoable(t('agenda.moved', { title: move.title }), t('agenda.undoMove'), () => void undo(move, moved));
    onMoved();
  };

  const onMove = async (move: MoveRequest) => {
    setRefusal(null);
    try {
      done(move, await call('bookings.move', move.input));
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION') {
        confirmed.current = false;
        setPending({ move, warnings: error.fieldErrors.warnings ?? [] });
        return;
      }
      move.revert();
      refuse(t('agenda.notMoved'), error);
    }
  };

  const modal = (
    <ConfirmModal
      opened={pending !== null}
      title={t('agenda.moveWarningsTitle')}
      confirmLabel={t('agenda.moveAnyway')}
      onConfirm={async () => {
        if (!pending) return;
        const moved = await call('bookings.move', { ...pending.move.input, confirmWarnings: true });
        confirmed.current = true;
        done(pending.move, moved);
      }}
      onClose={() => {
        if (!confirmed.current) pending?.move.revert();
        setPending(null);
      }}
    >
      <WarningsList warnings={pending?.warnings ?? []} title={t('booking.warningsTitle')} />
    </ConfirmModal>
  );

  const alert = <FormAlert message={refusal?.message} title={refusal?.title} />;

  return { onMove, modal, alert };
}
