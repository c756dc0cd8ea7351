import { Checkbox, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { shiftInput } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { TimeField } from '../../../components/TimeField';
import { useApiForm } from '../../../hooks/useApiForm';
import { NeedsField, needsToInput, needsToValues, type NeedValue } from '../shared/NeedsField';
import { shiftFormCheck } from '../shared/shiftChecks';
import { clockOf } from '../shared/time';
import type { Shift, VolunteerRole } from '../shared/types';

interface ShiftValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  needs: NeedValue[];
  notes: string;
  cancelled: boolean;
}

/** A new shift starts on the day in view with one need to fill in. */
function shiftValuesOf(shift: Shift | undefined, date: string): ShiftValues {
  return shift
    ? {
        title: shift.title,
        date: shift.date,
        startTime: clockOf(shift.start),
        endTime: clockOf(shift.end),
        needs: needsToValues(shift.needs),
        notes: shift.notes,
        cancelled: shift.cancelled,
      }
    : { title: '', date, startTime: '', endTime: '', needs: [{ roleId: null, count: 1 }], notes: '', cancelled: false };
}

/** A changed shift keeps the booking it was made for. */
const toShiftInput = (bookingId: number | null) => (v: ShiftValues) => ({
  title: v.title,
  date: v.date,
  startTime: v.startTime,
  endTime: v.endTime,
  bookingId,
  needs: needsToInput(v.needs),
  notes: v.notes,
});

/**
 * A single shift ("Losse dienst": an extra bar for the wijkfeest) or changes to one shift of a
 * template (other times, one more person, or "gaat niet door"). The template itself stays as it is.
 */
export function ShiftModal({
  shift,
  date,
  roles,
  onClose,
  onSaved,
}: {
  shift?: Shift;
  date: string;
  roles: readonly VolunteerRole[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toInput = toShiftInput(shift?.bookingId ?? null);
  const { form, handleSubmit, formError, submitting } = useApiForm<ShiftValues, ReturnType<typeof toInput>>({
    initialValues: shiftValuesOf(shift, date),
    schema: shiftInput,
    toInput,
    check: shiftFormCheck({ endBeforeStart: t('roster.endBeforeStart'), pickRole: t('roster.needs.pickRoleError') }),
    // cancelled is not part of a new shift's input, so it comes from the form itself.
    submit: (input): Promise<Shift> =>
      shift
        ? call('roster.updateShift', { id: shift.id, cancelled: form.getValues().cancelled, ...input })
        : call('roster.createShift', input),
    successMessage: shift ? t('roster.shiftUpdated') : t('roster.shiftCreated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={shift ? t('roster.editShiftTitle', { title: shift.title }) : t('roster.singleShift')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <TextInput
        label={t('roster.shiftTitle')}
        required
        data-autofocus
        placeholder={t('roster.shiftTitlePlaceholder')}
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <DateField label={t('roster.date')} required {...form.getInputProps('date')} />
        <TimeField label={t('roster.startTime')} required {...form.getInputProps('startTime')} />
        <TimeField label={t('roster.endTime')} required {...form.getInputProps('endTime')} />
      </SimpleGrid>
      <NeedsField
        value={form.values.needs}
        onChange={(v) => form.setFieldValue('needs', v)}
        roles={roles}
        errorOf={(p) => form.errors[p]}
      />
      <Textarea label={t('roster.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
      {shift && (
        <Checkbox
          label={t('roster.cancelShift')}
          description={t('roster.cancelShiftHelp')}
          {...form.getInputProps('cancelled', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
