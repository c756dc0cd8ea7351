import { Checkbox, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ORGANISER_KINDS, PRIORITY_GROUPS } from '../../../../../db/modules/attendance/schemas';
import { addDays, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { RenterSelect } from '../../bookings/renters/RenterSelect';
import { useFormat } from '../../../hooks/useFormat';
import { usePriorityLabel } from '../shared/groups';
import type { Activity, ActivityValues } from './activityForm';
import { seriesOptions } from './seriesOptions';

type ActivityForm = UseFormReturnType<ActivityValues>;

/** How far ahead the series picker looks: two months covers weekly and fortnightly series. */
const SERIES_WEEKS = 8;

/** Who runs the activity: a renter is picked from the list, any other organiser is a name typed in. */
export function OrganiserFields({ form }: { form: ActivityForm }) {
  const { t } = useTranslation();
  const byRenter = form.values.organiserKind === 'huurder';
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <Select
        label={t('activities.organiserKind')}
        required
        allowDeselect={false}
        data={ORGANISER_KINDS.map((k) => ({ value: k, label: t(`activities.organiserKinds.${k}`) }))}
        {...form.getInputProps('organiserKind')}
      />
      {byRenter ? (
        <RenterSelect label={t('activities.renter')} required {...form.getInputProps('renterId')} />
      ) : (
        <TextInput label={t('activities.organiserName')} {...form.getInputProps('organiserName')} />
      )}
    </SimpleGrid>
  );
}

/** Whom the activity is for: the municipality's priority groups, and the group and wijk in the house's own words. */
export function AudienceFields({ form }: { form: ActivityForm }) {
  const { t } = useTranslation();
  const groupLabel = usePriorityLabel();
  return (
    <>
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
    </>
  );
}

/** The booking series the activity takes place in, picked from the coming weeks' bookings. */
export function SeriesField({ form, activity }: { form: ActivityForm; activity?: Activity }) {
  const { t } = useTranslation();
  const f = useFormat();
  const today = todayIso();
  const bookings = useApi('bookings.series', { from: today, to: addDays(today, SERIES_WEEKS * 7) });
  const series = seriesOptions(bookings.data ?? [], activity?.seriesIds ?? [], f.locale, (id) =>
    t('activities.seriesFallback', { id }),
  );
  return (
    <MultiSelect
      label={t('activities.series')}
      description={t('activities.seriesHelp', { weeks: SERIES_WEEKS })}
      searchable
      clearable
      data={series}
      nothingFoundMessage={t('activities.noSeries')}
      {...form.getInputProps('seriesIds')}
    />
  );
}
