import { ActionIcon, Box, Button, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HoursInterval } from '../../../../../db/modules/building/schemas';
import { TimeField } from '../../../components/TimeField';
import { useFormat } from '../../../hooks/useFormat';
import classes from './HoursEditor.module.css';

export type HoursKind = 'open' | 'beheerder';
export type HoursValues = { kind: HoursKind; intervals: HoursInterval[] };
/** An interval with its position in the form's flat list, which its field paths need. */
export type IndexedInterval = { interval: HoursInterval; index: number };

/** A new interval starts where the day's last one ended, so adding an evening block is one click. */
function nextInterval(weekday: number, day: HoursInterval[]): HoursInterval {
  const last = day.at(-1);
  if (!last) return { weekday, start: '09:00', end: '17:00' };
  const hour = Math.min(Number(last.end.slice(0, 2)) + 2, 23);
  return {
    weekday,
    start: last.end,
    end: `${String(hour).padStart(2, '0')}:${hour === 23 ? '59' : last.end.slice(3, 5)}`,
  };
}

/** One weekday of the schedule: its intervals, each with its times and a remove button, and an add button. */
export function HoursDay({
  form,
  kind,
  weekday,
  day,
}: {
  form: UseFormReturnType<HoursValues>;
  kind: HoursKind;
  weekday: number;
  day: IndexedInterval[];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const dayName = f.weekday(weekday);
  return (
    <Box className={classes.day} role="group" aria-label={dayName}>
      <Text fw={600} tt="capitalize" className={classes.dayName}>
        {dayName}
      </Text>
      <Stack gap={6} className={classes.intervals}>
        {day.length === 0 && (
          <Text c="dimmed" size="sm" py={6}>
            {t(`hours.${kind}.none`)}
          </Text>
        )}
        {day.map(({ index }, n) => {
          const name = t('hours.intervalName', { day: dayName, n: n + 1 });
          return (
            <Group key={form.key(`intervals.${index}`)} gap="xs" align="flex-start" wrap="nowrap">
              <TimeField
                hideLabel
                label={t('hours.fromOf', { name })}
                {...form.getInputProps(`intervals.${index}.start`)}
              />
              <Text pt={6} aria-hidden>
                –
              </Text>
              <TimeField
                hideLabel
                label={t('hours.untilOf', { name })}
                {...form.getInputProps(`intervals.${index}.end`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={2}
                aria-label={t('hours.remove', { name })}
                onClick={() => form.removeListItem('intervals', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={16} aria-hidden />}
        aria-label={t('hours.addOn', { day: dayName })}
        onClick={() =>
          form.insertListItem(
            'intervals',
            nextInterval(
              weekday,
              day.map((x) => x.interval),
            ),
          )
        }
      >
        {t('hours.add')}
      </Button>
    </Box>
  );
}
