import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input } from '../../../../api/client';
import { bookingCreate, bookingUpdate } from '../../../../../../db/modules/bookings/schemas';
import { useApiForm } from '../../../../hooks/useApiForm';
import type { Booking } from '../types';
import {
  BOOKING_ALIASES,
  checkBookingForm,
  newValues,
  toCreateInput,
  toUpdateInput,
  valuesOf,
  type BookingPrefill,
  type BookingValues,
} from './bookingForm';
import type { Preview } from './ReviewStep';

export type DialogMode = { kind: 'create'; prefill: BookingPrefill } | { kind: 'edit'; booking: Booking };

type MethodInput = Input<'bookings.create'> | Input<'bookings.update'>;
type Submitted = { kind: 'preview'; preview: Preview } | { kind: 'saved' } | { kind: 'warnings'; warnings: string[] };

export const warningsOf = (error: unknown) =>
  error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION' ? (error.fieldErrors.warnings ?? []) : null;

/** What a submitted form leads to. */
export interface SubmitOutcomes {
  onSubmit: () => void;
  /** A new booking, checked by the core: every date it would take. */
  onPreview: (preview: Preview) => void;
  /** An edit the core wants confirmed first. */
  onWarnings: (warnings: string[]) => void;
  /** An edit saved; the date is the booking's. */
  onSaved: (date: string) => void;
}

/**
 * The booking form. A new booking is not saved on submit but previewed; an edit is saved at once
 * (unless the core has warnings to confirm).
 */
export function useBookingForm(mode: DialogMode, outcomes: SubmitOutcomes) {
  const { t } = useTranslation();
  const editing = mode.kind === 'edit' ? mode.booking : null;
  return useApiForm<BookingValues, MethodInput, Submitted>({
    initialValues: editing ? valuesOf(editing) : newValues(mode.kind === 'create' ? mode.prefill : {}),
    // The very schema the core parses with, applied to what would be sent.
    schema: editing ? bookingUpdate : bookingCreate,
    toInput: (v) => (editing ? toUpdateInput(v, editing.id) : toCreateInput(v)),
    aliases: BOOKING_ALIASES,
    check: (v) => checkBookingForm(t, v),
    submit: async (input) => {
      outcomes.onSubmit();
      if ('id' in input) {
        try {
          await call('bookings.update', input);
          return { kind: 'saved' };
        } catch (error) {
          const warnings = warningsOf(error);
          if (warnings) return { kind: 'warnings', warnings };
          throw error;
        }
      }
      // The preview shows every date, also the ones to skip, so a skip can be undone in the review.
      const all = input.recurrence ? { ...input, recurrence: { ...input.recurrence, skipDates: [] } } : input;
      return { kind: 'preview', preview: await call('bookings.preview', all) };
    },
    onSuccess: (result, values) => {
      if (result.kind === 'preview') outcomes.onPreview(result.preview);
      else if (result.kind === 'warnings') outcomes.onWarnings(result.warnings);
      else outcomes.onSaved(values.date);
    },
  });
}
