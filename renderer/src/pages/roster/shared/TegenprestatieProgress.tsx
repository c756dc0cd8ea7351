import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { hoursOf } from './hours';
import type { Tegenprestatie } from './types';

/** Hours done against the goal so far this year (hours per week × weeks since the start), as a bar and in words. */
export function TegenprestatieProgress({ value, compact }: { value: Tegenprestatie; compact?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const words = t('volunteerHours.tegenprestatieProgress', {
    done: hoursOf(value.doneMinutes, locale),
    goal: hoursOf(value.goalMinutes, locale),
    percent: value.percent,
  });
  const color = value.percent >= 100 ? 'green' : value.percent >= 75 ? 'yellow' : 'orange';
  return (
    <Stack gap={4} miw={compact ? 160 : undefined}>
      <Progress value={Math.min(100, value.percent)} color={color} size={compact ? 'sm' : 'lg'} aria-label={words} />
      <Text size={compact ? 'xs' : 'sm'}>{words}</Text>
      {!compact && (
        <Text size="xs" c="dimmed">
          {t('volunteerHours.tegenprestatieBasis', { hours: value.hoursPerWeek, weeks: value.weeks })}
        </Text>
      )}
    </Stack>
  );
}
