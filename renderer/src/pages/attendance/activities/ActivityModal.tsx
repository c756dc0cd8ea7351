import { Checkbox, Switch, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { activityInput } from '../../../../../db/modules/attendance/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { emptyActivity, toActivityInput, valuesOf, type Activity, type ActivityValues } from './activityForm';
import { AudienceFields, OrganiserFields, SeriesField } from './ActivityFields';
import { CategoryField } from './CategoryField';

/** Add (activity undefined) or edit an activity. Mounted per opening, so it starts from the right values. */
export function ActivityModal({
  activity,
  onClose,
  onSaved,
}: {
  activity?: Activity;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const keepBookings = activity?.bookingIds ?? [];
  const { form, handleSubmit, formError, submitting } = useApiForm<ActivityValues, ReturnType<typeof toActivityInput>>({
    initialValues: activity ? valuesOf(activity) : emptyActivity(),
    schema: activityInput,
    toInput: (v) => toActivityInput(v, keepBookings),
    submit: (input) =>
      activity ? call('activities.update', { id: activity.id, ...input }) : call('activities.create', input),
    successMessage: activity ? t('activities.updated') : t('activities.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      title={activity ? t('activities.editTitle', { name: activity.name }) : t('activities.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={activity ? t('common.save') : t('activities.addSubmit')}
    >
      <TextInput label={t('activities.name')} required data-autofocus {...form.getInputProps('name')} />
      <Textarea label={t('activities.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <OrganiserFields form={form} />
      <CategoryField
        value={form.values.categoryId}
        onChange={(v) => form.setFieldValue('categoryId', v)}
        error={form.errors.categoryId}
      />
      <AudienceFields form={form} />
      <Checkbox
        label={t('activities.public')}
        description={t('activities.publicHelp')}
        {...form.getInputProps('public', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('activities.walkIn')}
        description={t('activities.walkInHelp')}
        {...form.getInputProps('walkIn', { type: 'checkbox' })}
      />
      <SeriesField form={form} activity={activity} />
      {activity && (
        <Switch
          label={t('activities.active')}
          description={t('activities.activeHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
