import { Checkbox, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../components/DateField';
import { TimeField } from '../../../../components/TimeField';
import { WeekdaysField } from '../../shared/WeekdaysField';
import type { TemplateValues } from './templateForm';

/** When the template's shifts fall: the weekdays, the times, the period, and whether closed days are skipped. */
export function TemplateScheduleFields({ form }: { form: UseFormReturnType<TemplateValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <WeekdaysField
        label={t('roster.templates.weekdays')}
        required
        value={form.values.weekdays}
        onChange={(v) => form.setFieldValue('weekdays', v)}
        error={form.errors.weekdays}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TimeField label={t('roster.startTime')} required {...form.getInputProps('startTime')} />
        <TimeField label={t('roster.endTime')} required {...form.getInputProps('endTime')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('roster.templates.validFrom')} required {...form.getInputProps('validFrom')} />
        <DateField
          label={t('roster.templates.validUntil')}
          description={t('roster.templates.validUntilHelp')}
          clearable
          {...form.getInputProps('validUntil')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('roster.templates.skipClosed')}
        description={t('roster.templates.skipClosedHelp')}
        {...form.getInputProps('skipClosed', { type: 'checkbox' })}
      />
    </>
  );
}
