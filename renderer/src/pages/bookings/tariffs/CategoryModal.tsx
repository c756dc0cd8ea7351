import { Switch, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { tariffCategoryInput, tariffCategoryUpdate } from '../../../../../db/modules/bookings/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { Category } from './tariffForm';

interface Values {
  name: string;
  description: string;
  free: boolean;
  active: boolean;
}

/** Add (category undefined) or edit a tariff category. "Active" only exists for a category that exists. */
export function CategoryModal({
  category,
  onClose,
  onSaved,
}: {
  category?: Category;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'tariffs.createCategory'> | Input<'tariffs.updateCategory'>
  >({
    initialValues: category
      ? { name: category.name, description: category.description, free: category.free, active: category.active }
      : { name: '', description: '', free: false, active: true },
    schema: category ? tariffCategoryUpdate : tariffCategoryInput,
    toInput: ({ active, ...fields }) => (category ? { id: category.id, active, ...fields } : fields),
    submit: (input) => ('id' in input ? call('tariffs.updateCategory', input) : call('tariffs.createCategory', input)),
    successMessage: category ? t('tariffs.categoryUpdated') : t('tariffs.categoryCreated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      title={category ? t('tariffs.editCategoryTitle', { name: category.name }) : t('tariffs.addCategory')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="md"
      submitLabel={category ? t('common.save') : t('tariffs.addCategory')}
    >
      <TextInput
        label={t('tariffs.categoryName')}
        description={t('tariffs.categoryNameHelp')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Textarea label={t('tariffs.categoryDescription')} autosize minRows={2} {...form.getInputProps('description')} />
      <Switch
        label={t('tariffs.free')}
        description={t('tariffs.freeHelp')}
        {...form.getInputProps('free', { type: 'checkbox' })}
      />
      {category && (
        <Switch
          label={t('tariffs.active')}
          description={t('tariffs.activeHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
