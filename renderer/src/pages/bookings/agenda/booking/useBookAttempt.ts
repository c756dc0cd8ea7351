import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../../../api/client';
import { applyApiError } from '../../../../forms';
import { BOOKING_ALIASES, toCreateInput, type BookingValues } from './bookingForm';
import type { BookChoice } from './ReviewStep';
import { warningsOf } from './useBookingForm';

/** Booking from the review step: under way, refused (the dates taken), or with warnings the core found only then. */
export interface BookingAttempt {
  busy: boolean;
  error: { message: string; conflicts: string[] } | null;
  lateWarnings: string[];
}
const NO_ATTEMPT: BookingAttempt = { busy: false, error: null, lateWarnings: [] };

/**
 * Booking the reviewed dates. A conflict or late warnings stay on the review step; any other refusal
 * belongs to a field (or the form) and goes back to the form with it (`backToForm`).
 */
export function useBookAttempt(
  saved: (date: string, message: string) => void,
  backToForm: (error: string | null) => void,
) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState<BookingAttempt>(NO_ATTEMPT);

  async function book(form: UseFormReturnType<BookingValues>, choice: BookChoice) {
    const values = form.getValues();
    setAttempt((b) => ({ ...b, busy: true, error: null }));
    try {
      const result = await call('bookings.create', { ...toCreateInput(values), ...choice });
      const message = result.skippedDates.length
        ? t('booking.createdSkipped', { count: result.ids.length, skipped: result.skippedDates.length })
        : t('booking.created', { count: result.ids.length });
      saved(result.bookings[0]?.start.slice(0, 10) ?? values.date, message);
    } catch (error) {
      const warnings = warningsOf(error);
      if (warnings) return setAttempt({ busy: false, error: null, lateWarnings: warnings });
      if (error instanceof ApiCallError && error.code === 'CONFLICT') {
        return setAttempt({
          busy: false,
          error: { message: error.message, conflicts: error.fieldErrors.conflicts ?? [] },
          lateWarnings: [],
        });
      }
      // Anything else belongs to a field (or the form): back to the form, where it is shown.
      setAttempt(NO_ATTEMPT);
      backToForm(applyApiError(form, error, BOOKING_ALIASES));
    }
  }

  return { attempt, book, resetAttempt: () => setAttempt(NO_ATTEMPT) };
}
