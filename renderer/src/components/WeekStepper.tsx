import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addDays, mondayOf, todayIso } from '../format';
import { DateField } from './DateField';
import { useWeekLabel } from './weekLabel';

/**
 * One week at a time: previous, next, "Deze week", and a date picker that jumps to the week of any
 * day picked. `value` is always a Monday.
 */
export function WeekStepper({ value, onChange }: { value: string; onChange: (monday: string) => void }) {
  const { t } = useTranslation();
  const weekLabel = useWeekLabel();
  const thisWeek = mondayOf(todayIso());
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Tooltip label={t('weekStepper.previous')}>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('weekStepper.previous')}
          onClick={() => onChange(addDays(value, -7))}
        >
          <IconChevronLeft size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {/* An emptied field keeps the week: the page always shows one. */}
      <DateField
        label={t('weekStepper.pick')}
        value={value}
        onChange={(v) => v && onChange(mondayOf(v))}
        clearable={false}
        w={190}
      />
      <Tooltip label={t('weekStepper.next')}>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('weekStepper.next')}
          onClick={() => onChange(addDays(value, 7))}
        >
          <IconChevronRight size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Button variant="default" onClick={() => onChange(thisWeek)} disabled={value === thisWeek}>
        {t('weekStepper.thisWeek')}
      </Button>
      <Text fw={600} pb={6} aria-live="polite">
        {weekLabel(value)}
      </Text>
    </Group>
  );
}
