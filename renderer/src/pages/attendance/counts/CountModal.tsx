import { NumberInput, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { countsInput } from '../../../../../db/modules/attendance/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Session } from '../shared/sessionState';
import { BandCountsField, CountExtrasFields } from './CountFields';
import { countValuesOf, toCountsInput, type CountValues } from './countForm';

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
      <BandCountsField form={form} bands={bands} />
      <CountExtrasFields form={form} />
      <Textarea label={t('attendance.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormModal>
  );
}
