import { Button, Group, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { setHoursInput, type HoursInterval } from '../../../../../db/modules/building/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { HoursDay, type HoursKind, type HoursValues } from './HoursDay';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * One weekly schedule. The form keeps the flat list the core takes (`intervals.3.end`), so the
 * core's errors land on the right box; the screen groups it per weekday.
 */
export function HoursEditor({
  kind,
  intervals,
  onSaved,
}: {
  kind: HoursKind;
  intervals: HoursInterval[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<HoursValues, Input<'hours.set'>, HoursInterval[]>({
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
        {WEEKDAYS.map((weekday) => (
          <HoursDay
            key={weekday}
            form={form}
            kind={kind}
            weekday={weekday}
            day={all.filter((x) => x.interval.weekday === weekday)}
          />
        ))}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t(`hours.${kind}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
