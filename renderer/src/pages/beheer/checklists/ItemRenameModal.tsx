import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { checklistItemUpdate } from '../../../../../db/modules/beheer/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { ChecklistItem } from './ChecklistForm';

/** Renaming keeps past records as they were: each record copied the text it was checked against. */
export function ItemRenameModal({
  item,
  onClose,
  onSaved,
}: {
  item: ChecklistItem;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ label: string }, Input<'checklists.updateItem'>>({
    initialValues: { label: item.label },
    schema: checklistItemUpdate,
    toInput: (v) => ({ id: item.id, label: v.label, active: item.active, sortOrder: item.sortOrder }),
    submit: (input) => call('checklists.updateItem', input),
    successMessage: t('checklists.itemSaved'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('checklists.renameTitle')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="md"
    >
      <TextInput
        label={t('checklists.itemLabel')}
        description={t('checklists.renameHelp')}
        required
        data-autofocus
        {...form.getInputProps('label')}
      />
    </FormModal>
  );
}
