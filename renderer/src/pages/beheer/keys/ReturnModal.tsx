import { Alert, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { returnInput } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';
import type { KeyItem } from './types';

type Values = { returnedOn: string; notes: string };

/**
 * "Innemen" or "Verloren melden". The key comes from the row, so a refusal about the key itself
 * (not handed out after all) has no field of its own and shows above the form.
 */
export function ReturnModal({
  item,
  lost,
  onClose,
  onSaved,
}: {
  item: KeyItem;
  lost: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'keys.return'>>({
    initialValues: { returnedOn: todayIso(), notes: '' },
    schema: returnInput,
    toInput: (v) => ({ ...v, keyId: item.id, lost }),
    submit: (input) => call('keys.return', input),
    successMessage: lost ? t('keys.reportedLost', { label: item.label }) : t('keys.returned', { label: item.label }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t(lost ? 'keys.lostTitle' : 'keys.returnTitle', { label: item.label })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={lost ? t('keys.reportLost') : t('keys.takeBack')}
      size="md"
    >
      {item.holder && (
        <Text>{t('keys.heldBy', { name: item.holder.holderName, date: f.date(item.holder.handedOutOn) })}</Text>
      )}
      {lost && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="note">
          {item.kind === 'alarmcode' ? t('keys.lostAlarmHelp') : t('keys.lostHelp')}
        </Alert>
      )}
      {!lost && item.kind === 'alarmcode' && (
        <Text size="sm" c="dimmed">
          {t('keys.returnAlarmHelp')}
        </Text>
      )}
      <DateField
        label={lost ? t('keys.lostOn') : t('keys.returnedOn')}
        required
        clearable={false}
        {...form.getInputProps('returnedOn')}
      />
      <Textarea label={t('keys.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
