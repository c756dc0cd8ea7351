import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { checklistItemInput } from '../../../../../db/modules/beheer/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import type { Kind } from './ChecklistForm';

export function AddItemForm({ kind, onAdded }: { kind: Kind; onAdded: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ label: string }, Input<'checklists.addItem'>>({
    initialValues: { label: '' },
    schema: checklistItemInput,
    toInput: (v) => ({ kind, label: v.label }),
    submit: (input) => call('checklists.addItem', input),
    successMessage: t('checklists.itemAdded'),
    onSuccess: () => {
      form.reset();
      onAdded();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <FormAlert message={formError} />
      <Group align="flex-start" gap="xs" mt="sm">
        <TextInput
          label={t(`checklists.newItem.${kind}`)}
          placeholder={t('checklists.newItemPlaceholder')}
          style={{ flex: 1 }}
          {...form.getInputProps('label')}
        />
        <Button
          type="submit"
          variant="light"
          mt={25}
          loading={submitting}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('checklists.addItem')}
        </Button>
      </Group>
    </form>
  );
}
