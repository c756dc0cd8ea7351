import { NumberInput, SimpleGrid, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Band } from './CountModal';
import { unknownOf, type CountValues } from './countForm';

type CountForm = UseFormReturnType<CountValues>;

/** A field per age band, and what the bands leave of the total, recounted as people type. */
export function BandCountsField({ form, bands }: { form: CountForm; bands: readonly Band[] }) {
  const { t } = useTranslation();
  const unknown = unknownOf(form.values);
  const labelOf = (bandId: number) => bands.find((b) => b.id === bandId)?.label ?? t('attendance.formerBand');
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {t('attendance.perBand')}
      </Title>
      <SimpleGrid cols={{ base: 2, xs: 4 }}>
        {form.values.bands.map((b, i) => (
          <NumberInput
            key={b.bandId}
            label={labelOf(b.bandId)}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps(`bands.${i}.count`)}
          />
        ))}
      </SimpleGrid>
      <Text mt="xs" fw={600} aria-live="polite" c={unknown < 0 ? 'red.8' : undefined}>
        {unknown < 0 ? t('attendance.tooMany', { n: -unknown }) : t('attendance.unknownRest', { n: unknown })}
      </Text>
    </div>
  );
}

/** The counts beside the age bands: newcomers, volunteers, and women and men for those who keep them. */
export function CountExtrasFields({ form }: { form: CountForm }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, xs: 4 }}>
      <NumberInput
        label={t('attendance.newVisitors')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('newVisitors')}
      />
      <NumberInput
        label={t('attendance.volunteers')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('volunteersPresent')}
      />
      <NumberInput
        label={t('attendance.women')}
        description={t('attendance.optional')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('women')}
      />
      <NumberInput
        label={t('attendance.men')}
        description={t('attendance.optional')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('men')}
      />
    </SimpleGrid>
  );
}
