import { memo, useLayoutEffect, useState } from 'react';
import { Button, Divider, Group, Modal, Radio, Stack, Text, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input } from '../../../../api/client';
import { bookingCreate, bookingUpdate } from '../../../../../../db/modules/bookings/schemas';
import { ConfirmModal } from '../../../../components/ConfirmModal';
import { FormAlert } from '../../../../components/FormAlert';
import { applyApiError } from '../../../../forms';
import { useApiForm } from '../../../../hooks/useApiForm';
import { createFlag, useFlag, type Flag } from '../../../../hooks/flag';
import { notifySuccess } from '../../../../notify';
import { WarningsList } from '../WarningsList';
import type { Booking, Renter, Room } from '../types';
import {
  BOOKING_ALIASES,
  checkBookingForm,
  newValues,
  toCreateInput,
  toUpdateInput,
  valuesOf,
  type BookingPrefill,
  type BookingValues,
  type EditScope,
} from './bookingForm';
import { NotesField, PriceFields, StatusFields, UseFields, WhatFields, WhenFields } from './BookingFields';
import { RepeatFields } from './RepeatFields';
import { ReviewStep, type BookChoice, type Preview } from './ReviewStep';

export type DialogMode = { kind: 'create'; prefill: BookingPrefill } | { kind: 'edit'; booking: Booking };

interface BookingDialogProps {
  mode: DialogMode;
  rooms: readonly Room[];
  renters: readonly Renter[];
  onClose: () => void;
  /** After a save; the date is where the calendar should show the result. */
  onSaved: (date: string) => void;
  /** Whether it is on screen; a dialog drawn ahead waits hidden until this turns true (see AgendaPage). */
  shown?: Flag;
}

const ALWAYS = createFlag(true);

/**
 * The modal reads `shown` itself: showing a dialog that was drawn ahead then renders only this, not the
 * form inside it (the same children as before).
 */
function ShownModal({ shown, ...props }: Omit<ModalProps, 'opened'> & { shown: Flag }) {
  // Hidden by display: none, not by React's Activity: that one draws a hidden subtree only when nothing
  // else is to be done, and the busy agenda kept putting it off until after the click.
  return <Modal {...props} opened={useFlag(shown)} keepMounted keepMountedMode="display-none" />;
}

const SCOPES: EditScope[] = ['this', 'following', 'all'];

type MethodInput = Input<'bookings.create'> | Input<'bookings.update'>;
type Submitted = { kind: 'preview'; preview: Preview } | { kind: 'saved' } | { kind: 'warnings'; warnings: string[] };

const warningsOf = (error: unknown) =>
  error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION' ? (error.fieldErrors.warnings ?? []) : null;

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
  renters,
  onClose,
  onSaved,
  shown = ALWAYS,
}: BookingDialogProps) {
  const { t } = useTranslation();
  const editing = mode.kind === 'edit' ? mode.booking : null;
  const [step, setStep] = useState<'form' | 'review'>('form');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [editWarnings, setEditWarnings] = useState<string[] | null>(null);
  const [booking, setBooking] = useState<{
    busy: boolean;
    error: { message: string; conflicts: string[] } | null;
    lateWarnings: string[];
  }>({ busy: false, error: null, lateWarnings: [] });

  // Archived rooms and renters are offered only when the booking being edited still uses them.
  const roomChoices = rooms.filter((r) => r.active || editing?.roomIds.includes(r.id));
  const renterChoices = renters.filter((r) => r.active || r.id === editing?.renterId);

  // A refusal at booking time that belongs to the form (the review step has no fields to show it on).
  const [backError, setBackError] = useState<string | null>(null);

  const { form, handleSubmit, formError, submitting } = useApiForm<BookingValues, MethodInput, Submitted>({
    initialValues: editing ? valuesOf(editing) : newValues(mode.kind === 'create' ? mode.prefill : {}),
    // The very schema the core parses with, applied to what would be sent.
    schema: editing ? bookingUpdate : bookingCreate,
    toInput: (v) => (editing ? toUpdateInput(v, editing.id) : toCreateInput(v)),
    aliases: BOOKING_ALIASES,
    check: (v) => checkBookingForm(t, v),
    submit: async (input) => {
      setBackError(null);
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
      if (result.kind === 'preview') {
        setPreview(result.preview);
        setBooking({ busy: false, error: null, lateWarnings: [] });
        setStep('review');
      } else if (result.kind === 'warnings') {
        setEditWarnings(result.warnings);
      } else {
        saved(values.date);
      }
    },
  });

  function saved(date: string, message = t('booking.updated')) {
    notifySuccess(message);
    onSaved(date);
    onClose();
  }

  async function book(choice: BookChoice) {
    const values = form.getValues();
    setBooking((b) => ({ ...b, busy: true, error: null }));
    try {
      const result = await call('bookings.create', { ...toCreateInput(values), ...choice });
      const message = result.skippedDates.length
        ? t('booking.createdSkipped', { count: result.ids.length, skipped: result.skippedDates.length })
        : t('booking.created', { count: result.ids.length });
      saved(result.bookings[0]?.start.slice(0, 10) ?? values.date, message);
    } catch (error) {
      const warnings = warningsOf(error);
      if (warnings) return setBooking({ busy: false, error: null, lateWarnings: warnings });
      if (error instanceof ApiCallError && error.code === 'CONFLICT') {
        return setBooking({
          busy: false,
          error: { message: error.message, conflicts: error.fieldErrors.conflicts ?? [] },
          lateWarnings: [],
        });
      }
      // Anything else belongs to a field (or the form): back to the form, where it is shown.
      setBooking({ busy: false, error: null, lateWarnings: [] });
      setBackError(applyApiError(form, error, BOOKING_ALIASES));
      setStep('form');
    }
  }

  const toggleSkip = (date: string) => {
    const skip = form.getValues().skipDates;
    form.setFieldValue('skipDates', skip.includes(date) ? skip.filter((d) => d !== date) : [...skip, date].sort());
  };

  // Drawn ahead for the toolbar's button (see AgendaPage): a slot chosen in the calendar brings its own
  // rooms, date and times.
  const prefill = mode.kind === 'create' ? mode.prefill : null;
  useLayoutEffect(() => {
    if (!prefill) return;
    const fresh = newValues(prefill);
    if (JSON.stringify(fresh) === JSON.stringify(form.getValues())) return;
    form.setInitialValues(fresh);
    form.setValues(fresh);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new prefill resets the form
  }, [prefill]);

  const renterHasKey = renters.find((r) => String(r.id) === form.values.renterId)?.keyRights ?? false;
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
      >
        {step === 'review' && preview ? (
          <ReviewStep
            preview={preview}
            isSeries={form.values.repeat !== 'none'}
            skipDates={form.values.skipDates}
            onToggleSkip={toggleSkip}
            onBack={() => setStep('form')}
            onBook={(choice) => void book(choice)}
            busy={booking.busy}
            error={booking.error}
            lateWarnings={booking.lateWarnings}
          />
        ) : (
          <form onSubmit={handleSubmit} noValidate>
            <Stack gap="md">
              <FormAlert message={formError ?? backError} />
              {editing?.seriesId != null && (
                <Radio.Group
                  label={t('booking.scope')}
                  description={t('booking.scopeHelp')}
                  {...form.getInputProps('scope')}
                >
                  <Group gap="lg" mt={6}>
                    {SCOPES.map((s) => (
                      <Radio key={s} value={s} label={t(`booking.scopes.${s}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
              <WhatFields form={form} rooms={roomChoices} renters={renterChoices} />
              <Divider />
              <WhenFields form={form} dateLocked={editing !== null && form.values.scope !== 'this'} />
              {!editing && (
                <>
                  <Divider />
                  <RepeatFields form={form} />
                </>
              )}
              <Divider />
              <UseFields form={form} rooms={roomChoices} />
              <StatusFields form={form} renterHasKey={renterHasKey} />
              <Divider />
              <PriceFields form={form} />
              <NotesField form={form} />
              <Group justify="space-between" mt="sm">
                <Text size="sm" c="dimmed">
                  {editing ? '' : t('booking.checkHelp')}
                </Text>
                <Group gap="sm">
                  <Button variant="default" onClick={onClose}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" loading={submitting}>
                    {editing ? t('common.save') : t('booking.check')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </form>
        )}
      </ShownModal>
      {editing && (
        <ConfirmModal
          opened={editWarnings !== null}
          onClose={() => setEditWarnings(null)}
          title={t('booking.warningsTitle')}
          confirmLabel={t('booking.saveAnyway')}
          onConfirm={async () => {
            const values = form.getValues();
            await call('bookings.update', { ...toUpdateInput(values, editing.id), confirmWarnings: true });
            saved(values.date);
          }}
        >
          <WarningsList warnings={editWarnings ?? []} title={t('booking.warningsIntro')} />
        </ConfirmModal>
      )}
    </>
  );
});
