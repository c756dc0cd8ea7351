import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assignmentUpdate } from '../../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../../components/FormModal';
import { TimeField } from '../../../../components/TimeField';
import { useApiForm } from '../../../../hooks/useApiForm';
import { clockOf, timeRange } from '../../shared/time';
import type { Assignment, Shift } from '../../shared/types';
import { assignmentState, updateAssignment } from './assignments';

interface TimesValues {
  actualStart: string;
  actualEnd: string;
}

/** Came late or left early: the hours then count from these times. Empty means as planned. */
export function TimesModal({
  shift,
  assignment,
  onClose,
  onSaved,
}: {
  shift: Shift;
  assignment: Assignment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  // Shifts start and end on their own date (the core refuses an end before the start).
  const stamp = (clock: string) => (clock ? `${shift.date}T${clock}` : null);
  const toInput = (v: TimesValues) => ({
    ...assignmentState(assignment),
    actualStart: stamp(v.actualStart),
    actualEnd: stamp(v.actualEnd),
  });
  const { form, handleSubmit, formError, submitting } = useApiForm<TimesValues, ReturnType<typeof toInput>>({
    initialValues: {
      actualStart: assignment.actualStart ? clockOf(assignment.actualStart) : '',
      actualEnd: assignment.actualEnd ? clockOf(assignment.actualEnd) : '',
    },
    schema: assignmentUpdate,
    toInput,
    submit: (input) => updateAssignment(assignment, input),
    successMessage: t('roster.timesSaved', { name: assignment.volunteerName }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      size="md"
      title={t('roster.timesTitle', { name: assignment.volunteerName })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <Text size="sm">{t('roster.timesIntro', { time: timeRange(shift) })}</Text>
      <SimpleGrid cols={2}>
        <TimeField label={t('roster.actualStart')} clearable {...form.getInputProps('actualStart')} />
        <TimeField label={t('roster.actualEnd')} clearable {...form.getInputProps('actualEnd')} />
      </SimpleGrid>
    </FormModal>
  );
}
