import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/ConfirmModal';
import { GuardedModal, type GuardedModalProps } from '../../../../components/GuardedModal';
import { createFlag, useFlag, type Flag } from '../../../../hooks/flag';
import { WarningsList } from '../WarningsList';
import type { Room } from '../types';
import type { RenterChoice } from '../../renters/RenterSelect';
import { BookingFormStep } from './BookingFormStep';
import { ReviewStep } from './ReviewStep';
import { useBookingDialog } from './useBookingDialog';
import type { DialogMode } from './useBookingForm';

export type { DialogMode } from './useBookingForm';

interface BookingDialogProps {
  mode: DialogMode;
  rooms: readonly Room[];
  onClose: () => void;
  /** After a save; the date is where the calendar should show the result. */
  onSaved: (date: string) => void;
  /** Whether it is on screen; a dialog drawn ahead waits hidden until this turns true (see useAgendaDialogs). */
  shown?: Flag;
}

const ALWAYS = createFlag(true);

/**
 * The modal reads `shown` itself: showing a dialog that was drawn ahead then renders only this, not the
 * form inside it (the same children as before).
 */
function ShownModal({ shown, ...props }: Omit<GuardedModalProps, 'opened'> & { shown: Flag }) {
  // Hidden by display: none, not by React's Activity: that one draws a hidden subtree only when nothing
  // else is to be done, and the busy agenda kept putting it off until after the click.
  return <GuardedModal {...props} opened={useFlag(shown)} keepMounted keepMountedMode="display-none" />;
}

/**
 * New booking: the form, then "Controleren" shows every date as the core sees it, then "Boeken".
 * Editing: the same form (without repetition), saved at once; for a series the scope is asked first.
 * An edit is mounted per opening; a new booking's dialog is drawn ahead and hidden (useDrawnAhead), and
 * takes a calendar slot's prefill when it comes. Memoized: the agenda page renders often (loading,
 * titles) while that dialog waits, and each render would redraw it.
 */
export const BookingDialog = memo(function BookingDialog({
  mode,
  rooms,
  onClose,
  onSaved,
  shown = ALWAYS,
}: BookingDialogProps) {
  const { t } = useTranslation();
  const dialog = useBookingDialog(mode, onClose, onSaved);
  const { form, editing, step, preview } = dialog;

  // Archived rooms are offered only when the booking being edited still uses them.
  const roomChoices = rooms.filter((r) => r.active || editing?.roomIds.includes(r.id));
  // Renters are searched in the core (archived ones not offered); the chosen one comes with its key rights.
  const [renter, setRenter] = useState<RenterChoice | null>(null);
  const renterHasKey = (renter !== null && String(renter.id) === form.values.renterId && renter.keyRights) || false;
  const title = editing
    ? t('booking.editTitle', { title: editing.title })
    : step === 'review'
      ? t('booking.reviewTitle')
      : t('booking.newTitle');

  return (
    <>
      <ShownModal
        shown={shown}
        onClose={onClose}
        title={title}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        closeOnClickOutside={false}
        // Escape or the close button with something typed asks first (issue 18); Annuleren closes at once.
        isDirty={form.isDirty}
      >
        {step === 'review' && preview ? (
          <ReviewStep
            preview={preview}
            isSeries={form.values.repeat !== 'none'}
            skipDates={form.values.skipDates}
            onToggleSkip={dialog.toggleSkip}
            onBack={dialog.backToForm}
            onBook={dialog.book}
            busy={dialog.attempt.busy}
            error={dialog.attempt.error}
            lateWarnings={dialog.attempt.lateWarnings}
          />
        ) : (
          <BookingFormStep
            form={form}
            onSubmit={dialog.handleSubmit}
            submitting={dialog.submitting}
            error={dialog.formError ?? dialog.backError}
            editing={editing}
            rooms={roomChoices}
            onRenter={setRenter}
            renterHasKey={renterHasKey}
            onClose={onClose}
          />
        )}
      </ShownModal>
      {editing && (
        <ConfirmModal
          opened={dialog.editWarnings !== null}
          onClose={dialog.closeEditWarnings}
          title={t('booking.warningsTitle')}
          confirmLabel={t('booking.saveAnyway')}
          onConfirm={dialog.saveAnyway}
        >
          <WarningsList warnings={dialog.editWarnings ?? []} title={t('booking.warningsIntro')} />
        </ConfirmModal>
      )}
    </>
  );
});
