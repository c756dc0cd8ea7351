import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addDays, isoWeekday, mondayOf, todayIso } from '../format';
import { useFormat } from '../hooks/useFormat';
import { DateField } from './DateField';

/** ISO 8601 week number: week 1 is the week with the year's first Thursday, as Dutch calendars count. */
export function isoWeekNumber(isoDate: string): number {
  const thursday = addDays(isoDate, 4 - isoWeekday(isoDate));
  const days =
    (Date.parse(`${thursday}T12:00:00Z`) - Date.parse(`${thursday.slice(0, 4)}-01-01T12:00:00Z`)) / 86_400_000;
  return Math.floor(days / 7) + 1;
}

/** "Week 47 · ma 17 nov 2025 – zo 23 nov 2025" */
export function useWeekLabel() {
  const { t } = useTranslation();
  const f = useFormat();
  return (monday: string) =>
    t('weekStepper.label', { week: isoWeekNumber(monday), from: f.date(monday), to: f.date(addDays(monday, 6)) });
}

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
