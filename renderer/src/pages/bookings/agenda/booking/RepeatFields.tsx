import { Group, NumberInput, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_OCCURRENCES } from '../../../../../../db/modules/bookings/schemas';
import { DateField } from '../../../../components/DateField';
import { useFormat } from '../../../../hooks/useFormat';
import { Section } from './Section';
import { describeRepeat, type BookingValues, type RepeatKind } from './bookingForm';

const KINDS: RepeatKind[] = ['none', 'weekly', 'biweekly', 'monthly'];

/**
 * How often, and until when or how many times. The core's "give an end" message names either field;
 * it is shown on whichever of the two is on screen, so no error hides behind the other choice.
 */
export function RepeatFields({ form }: { form: UseFormReturnType<BookingValues> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const v = form.values;
  const endError =
    v.repeatEnd === 'count' ? (form.errors.count ?? form.errors.until) : (form.errors.until ?? form.errors.count);
  return (
    <Section legend={t('booking.repeat')}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('booking.repeat')}
          data={KINDS.map((k) => ({ value: k, label: t(`booking.repeatKind.${k}`) }))}
          {...form.getInputProps('repeat')}
        />
        {v.repeat !== 'none' && (
          <>
            <Text size="sm" fw={600}>
              {describeRepeat(t, (n) => f.weekday(n), v.repeat, v.date)}
            </Text>
            <Radio.Group label={t('booking.repeatEnd')} {...form.getInputProps('repeatEnd')}>
              <Group gap="lg" mt={4}>
                <Radio value="count" label={t('booking.repeatByCount')} />
                <Radio value="until" label={t('booking.repeatByUntil')} />
              </Group>
            </Radio.Group>
            {v.repeatEnd === 'count' ? (
              <NumberInput
                label={t('booking.count')}
                description={t('booking.countHelp', { max: MAX_OCCURRENCES })}
                min={2}
                max={MAX_OCCURRENCES}
                allowDecimal={false}
                w={220}
                {...form.getInputProps('count')}
                error={endError}
              />
            ) : (
              <DateField label={t('booking.until')} w={220} {...form.getInputProps('until')} error={endError} />
            )}
            <Text size="sm" c="dimmed">
              {t('booking.skipHelp')}
            </Text>
          </>
        )}
      </Stack>
    </Section>
  );
}
