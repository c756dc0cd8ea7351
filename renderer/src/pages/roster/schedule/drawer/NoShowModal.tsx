import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assignmentUpdate } from '../../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../../components/FormModal';
import { useApiForm } from '../../../../hooks/useApiForm';
import type { Assignment } from '../../shared/types';
import { assignmentState, updateAssignment } from './assignments';

/** After the shift only: someone did not come. The reason is kept; the hours do not count. */
export function NoShowModal({
  assignment,
  onClose,
  onSaved,
}: {
  assignment: Assignment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toInput = (v: { noShowReason: string }) => ({
    ...assignmentState(assignment),
    noShow: true,
    noShowReason: v.noShowReason,
  });
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { noShowReason: string },
    ReturnType<typeof toInput>
  >({
    initialValues: { noShowReason: '' },
    schema: assignmentUpdate,
    toInput,
    submit: (input) => updateAssignment(assignment, input),
    successMessage: t('roster.noShowSaved', { name: assignment.volunteerName }),
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
      title={t('roster.noShowTitle', { name: assignment.volunteerName })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('roster.noShow')}
    >
      <Textarea
        label={t('roster.noShowReason')}
        required
        autosize
        minRows={2}
        placeholder={t('roster.noShowReasonPlaceholder')}
        data-autofocus
        {...form.getInputProps('noShowReason')}
      />
    </FormModal>
  );
}
