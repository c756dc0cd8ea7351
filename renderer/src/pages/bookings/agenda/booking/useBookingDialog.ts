import { useLayoutEffect, useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { notifySuccess } from '../../../../notify';
import { newValues, toUpdateInput, type BookingPrefill, type BookingValues } from './bookingForm';
import type { BookChoice, Preview } from './ReviewStep';
import { useBookAttempt } from './useBookAttempt';
import { useBookingForm, type DialogMode } from './useBookingForm';

/**
 * Drawn ahead for the toolbar's button (see useAgendaDialogs): a slot chosen in the calendar brings its
 * own rooms, date and times.
 */
function usePrefill(form: UseFormReturnType<BookingValues>, prefill: BookingPrefill | null) {
  useLayoutEffect(() => {
    if (!prefill) return;
    const fresh = newValues(prefill);
    if (JSON.stringify(fresh) === JSON.stringify(form.getValues())) return;
    form.setInitialValues(fresh);
    form.setValues(fresh);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new prefill resets the form
  }, [prefill]);
}

/** The booking dialog's state: the form, the review of a new booking's dates, booking them, and an edit's warnings. */
export function useBookingDialog(mode: DialogMode, onClose: () => void, onSaved: (date: string) => void) {
  const { t } = useTranslation();
  const editing = mode.kind === 'edit' ? mode.booking : null;
  const [step, setStep] = useState<'form' | 'review'>('form');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [editWarnings, setEditWarnings] = useState<string[] | null>(null);
  // A refusal at booking time that belongs to the form (the review step has no fields to show it on).
  const [backError, setBackError] = useState<string | null>(null);

  function saved(date: string, message = t('booking.updated')) {
    notifySuccess(message);
    onSaved(date);
    onClose();
  }
  const { attempt, book, resetAttempt } = useBookAttempt(saved, (error) => {
    setBackError(error);
    setStep('form');
  });

  const apiForm = useBookingForm(mode, {
    onSubmit: () => setBackError(null),
    onPreview: (result) => {
      setPreview(result);
      resetAttempt();
      setStep('review');
    },
    onWarnings: setEditWarnings,
    onSaved: (date) => saved(date),
  });
  const { form } = apiForm;

  const toggleSkip = (date: string) => {
    const skip = form.getValues().skipDates;
    form.setFieldValue('skipDates', skip.includes(date) ? skip.filter((d) => d !== date) : [...skip, date].sort());
  };

  usePrefill(form, mode.kind === 'create' ? mode.prefill : null);

  /** The edit once more, with its warnings confirmed. */
  async function saveAnyway() {
    if (!editing) return;
    const values = form.getValues();
    await call('bookings.update', { ...toUpdateInput(values, editing.id), confirmWarnings: true });
    saved(values.date);
  }

  return {
    ...apiForm,
    editing,
    step,
    backToForm: () => setStep('form'),
    preview,
    attempt,
    book: (choice: BookChoice) => void book(form, choice),
    toggleSkip,
    backError,
    editWarnings,
    closeEditWarnings: () => setEditWarnings(null),
    saveAnyway,
  };
}
