import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../notify';
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
 * undo. Only the moved occurrence changes; the core detaches it from its series.
 */
export function useMoveBooking(onMoved: () => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ move: MoveRequest; warnings: string[] } | null>(null);
  const confirmed = useRef(false);

  const done = (move: MoveRequest) => {
    notifySuccess(t('agenda.moved', { title: move.title }));
    onMoved();
  };

  const onMove = async (move: MoveRequest) => {
    try {
      await call('bookings.move', move.input);
      done(move);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION') {
        confirmed.current = false;
        setPending({ move, warnings: error.fieldErrors.warnings ?? [] });
        return;
      }
      move.revert();
      notifyError(error instanceof Error ? error.message : String(error), t('agenda.notMoved'));
    }
  };

  const modal = (
    <ConfirmModal
      opened={pending !== null}
      title={t('agenda.moveWarningsTitle')}
      confirmLabel={t('agenda.moveAnyway')}
      onConfirm={async () => {
        if (!pending) return;
        await call('bookings.move', { ...pending.move.input, confirmWarnings: true });
        confirmed.current = true;
        done(pending.move);
      }}
      onClose={() => {
        if (!confirmed.current) pending?.move.revert();
        setPending(null);
      }}
    >
      <WarningsList warnings={pending?.warnings ?? []} title={t('booking.warningsTitle')} />
    </ConfirmModal>
  );

  return { onMove, modal };
}
