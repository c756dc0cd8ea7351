import { NumberInput, SimpleGrid, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { countsInput } from '../../../../../db/modules/attendance/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Session } from '../shared/sessionState';
import { countValuesOf, toCountsInput, unknownOf, type CountValues } from './countForm';

export interface Band {
  id: number;
  label: string;
}

/** The count of one session: total, per age band, the rest shown live as "onbekend", and the extras. */
export function CountModal({
  session,
  bands,
  onClose,
  onSaved,
}: {
  session: Session;
  bands: readonly Band[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<CountValues, ReturnType<typeof toCountsInput>>({
    initialValues: countValuesOf(
      session,
      bands.map((b) => b.id),
    ),
    schema: countsInput,
    toInput: (v) => toCountsInput(session.id, v),
    submit: (input) => call('attendance.setCounts', input),
    successMessage: t('attendance.saved'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const unknown = unknownOf(form.values);
  const labelOf = (bandId: number) => bands.find((b) => b.id === bandId)?.label ?? t('attendance.formerBand');
  const when = session.daypart
    ? `${f.date(session.date)}, ${t(`attendance.dayparts.${session.daypart as 'ochtend'}`)}`
    : f.wallClock(session.start);

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('attendance.countTitle', { name: session.activityName })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <Text>{when}</Text>
      <NumberInput
        label={t('attendance.total')}
        description={t('attendance.totalHelp')}
        required
        min={0}
        allowDecimal={false}
        allowNegative={false}
        data-autofocus
        {...form.getInputProps('total')}
      />
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
      <Textarea label={t('attendance.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormModal>
  );
}
