import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addDays, todayIso } from '../format';
import { DateField } from './DateField';

/** One day at a time: a date picker with the previous and next day and "Vandaag" at hand, as the desk flips through days. */
export function DayStepper({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (date: string) => void;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Tooltip label={t('dayStepper.previous')}>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('dayStepper.previous')}
          onClick={() => onChange(addDays(value, -1))}
        >
          <IconChevronLeft size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {/* An emptied field keeps the last day: the page always shows some day. */}
      <DateField label={label} value={value} onChange={(v) => v && onChange(v)} clearable={false} w={200} />
      <Tooltip label={t('dayStepper.next')}>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('dayStepper.next')}
          onClick={() => onChange(addDays(value, 1))}
        >
          <IconChevronRight size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Button variant="default" onClick={() => onChange(today)} disabled={value === today}>
        {t('dayStepper.today')}
      </Button>
    </Group>
  );
}
