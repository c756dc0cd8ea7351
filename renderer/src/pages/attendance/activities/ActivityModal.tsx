import { Checkbox, Group, MultiSelect, Select, SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ORGANISER_KINDS, PRIORITY_GROUPS, activityInput } from '../../../../../db/modules/attendance/schemas';
import { FormModal } from '../../../components/FormModal';
import { addDays, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { usePriorityLabel } from '../shared/groups';
import { emptyActivity, toActivityInput, valuesOf, type Activity, type ActivityValues } from './activityForm';
import { CategoryField } from './CategoryField';
import { seriesOptions } from './seriesOptions';

/** How far ahead the series picker looks: two months covers weekly and fortnightly series. */
const SERIES_WEEKS = 8;

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
  const f = useFormat();
  const groupLabel = usePriorityLabel();
  const today = todayIso();
  const bookings = useApi('bookings.list', { from: today, to: addDays(today, SERIES_WEEKS * 7) });
  const renters = useApi('renters.list', {});
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
  const byRenter = form.values.organiserKind === 'huurder';
  const series = seriesOptions(bookings.data ?? [], activity?.seriesIds ?? [], f.locale, (id) =>
    t('activities.seriesFallback', { id }),
  );

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
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('activities.organiserKind')}
          required
          allowDeselect={false}
          data={ORGANISER_KINDS.map((k) => ({ value: k, label: t(`activities.organiserKinds.${k}`) }))}
          {...form.getInputProps('organiserKind')}
        />
        {byRenter ? (
          <Select
            label={t('activities.renter')}
            required
            searchable
            data={(renters.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
            {...form.getInputProps('renterId')}
          />
        ) : (
          <TextInput label={t('activities.organiserName')} {...form.getInputProps('organiserName')} />
        )}
      </SimpleGrid>
      <CategoryField
        value={form.values.categoryId}
        onChange={(v) => form.setFieldValue('categoryId', v)}
        error={form.errors.categoryId}
      />
      <Checkbox.Group
        label={t('activities.priorityGroups')}
        description={t('activities.priorityGroupsHelp')}
        {...form.getInputProps('priorityGroups')}
      >
        <Group gap="lg" mt={6}>
          {PRIORITY_GROUPS.map((g) => (
            <Checkbox key={g} value={g} label={groupLabel(g)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('activities.targetGroup')}
          placeholder={t('activities.targetGroupPlaceholder')}
          {...form.getInputProps('targetGroup')}
        />
        <TextInput label={t('activities.wijk')} {...form.getInputProps('wijk')} />
      </SimpleGrid>
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
      <MultiSelect
        label={t('activities.series')}
        description={t('activities.seriesHelp', { weeks: SERIES_WEEKS })}
        searchable
        clearable
        data={series}
        nothingFoundMessage={t('activities.noSeries')}
        {...form.getInputProps('seriesIds')}
      />
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
