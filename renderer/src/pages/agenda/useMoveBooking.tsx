import { useRef, useState } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../notify';
import { toWallClock } from './wallClock';
import { WarningsList } from './WarningsList';

type MoveArg = EventDropArg | EventResizeDoneArg;
type MoveInput = Input<'bookings.move'>;

function moveInput(arg: MoveArg): MoveInput {
  const { event, oldEvent } = arg;
  const start = event.start!;
  // An event always has an end here (bookings have one); the fallback keeps the old length.
  const end = event.end ?? new Date(start.getTime() + ((oldEvent.end?.getTime() ?? 0) - (oldEvent.start?.getTime() ?? 0)));
  const drop = 'oldResource' in arg ? arg : null;
  return {
    id: Number(event.id),
    start: toWallClock(start),
    end: toWallClock(end),
    fromRoomId: drop?.oldResource ? Number(drop.oldResource.id) : null,
    toRoomId: drop?.newResource ? Number(drop.newResource.id) : null,
  };
}

/**
 * Drag and drop and resize: the core checks the new place again. A refusal puts the booking back and
 * says why; warnings are shown for the beheerder to allow (then sent again with confirmWarnings) or to
 * undo. Only the moved occurrence changes; the core detaches it from its series.
 */
export function useMoveBooking(onMoved: () => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ arg: MoveArg; input: MoveInput; warnings: string[] } | null>(null);
  const confirmed = useRef(false);

  const done = (arg: MoveArg) => {
    notifySuccess(t('agenda.moved', { title: arg.event.title }));
    onMoved();
  };

  const onMove = async (arg: MoveArg) => {
    const input = moveInput(arg);
    try {
      await call('bookings.move', input);
      done(arg);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION') {
        confirmed.current = false;
        setPending({ arg, input, warnings: error.fieldErrors.warnings ?? [] });
        return;
      }
      arg.revert();
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
        await call('bookings.move', { ...pending.input, confirmWarnings: true });
        confirmed.current = true;
        done(pending.arg);
      }}
      onClose={() => {
        if (!confirmed.current) pending?.arg.revert();
        setPending(null);
      }}
    >
      <WarningsList warnings={pending?.warnings ?? []} title={t('booking.warningsTitle')} />
    </ConfirmModal>
  );

  return { onMove, modal };
}
