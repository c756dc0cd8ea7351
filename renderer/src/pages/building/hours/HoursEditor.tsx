import { ActionIcon, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { setHoursInput, type HoursInterval } from '../../../../../db/modules/building/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { TimeField } from '../../../components/TimeField';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import classes from './HoursEditor.module.css';

type Kind = 'open' | 'beheerder';
type Values = { kind: Kind; intervals: HoursInterval[] };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

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

/**
 * One weekly schedule. The form keeps the flat list the core takes (`intervals.3.end`), so the
 * core's errors land on the right box; the screen groups it per weekday.
 */
export function HoursEditor({
  kind,
  intervals,
  onSaved,
}: {
  kind: Kind;
  intervals: HoursInterval[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'hours.set'>, HoursInterval[]>({
    initialValues: { kind, intervals },
    schema: setHoursInput,
    submit: (input) => call('hours.set', input),
    successMessage: t(`hours.${kind}.saved`),
    onSuccess: (saved) => {
      // The core returns them sorted; take that order so positions match from now on.
      form.setValues({ kind, intervals: saved });
      form.resetDirty({ kind, intervals: saved });
      onSaved();
    },
  });

  const all = form.values.intervals.map((interval, index) => ({ interval, index }));

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <FormAlert message={formError} />
        {WEEKDAYS.map((weekday) => {
          const day = all.filter((x) => x.interval.weekday === weekday);
          const dayName = f.weekday(weekday);
          return (
            <Box key={weekday} className={classes.day} role="group" aria-label={dayName}>
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
        })}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t(`hours.${kind}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
