import { Autocomplete, Radio, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { HOLDER_KINDS, handoutInput } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';
import { RenterHolderSelect } from './RenterHolderSelect';
import type { Holders, KeyItem } from './types';

export type HandOutValues = Omit<Input<'keys.handOut'>, 'keyId' | 'renterId'> & { renterId: string | null };

/** "Uitgeven": to a renter with key rights, a volunteer, a staff member or someone else. */
export function HandOutModal({
  item,
  holders,
  onClose,
  onSaved,
}: {
  item: KeyItem;
  holders: Holders;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<HandOutValues, Input<'keys.handOut'>>({
    initialValues: { holderKind: 'vrijwilliger', holderName: '', renterId: null, handedOutOn: todayIso(), notes: '' },
    schema: handoutInput,
    toInput: (v) => ({
      ...v,
      keyId: item.id,
      renterId: v.holderKind === 'huurder' && v.renterId ? Number(v.renterId) : null,
    }),
    submit: (input) => call('keys.handOut', input),
    successMessage: t('keys.handedOut', { label: item.label }),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  // Names people already hold keys under, so one person keeps one name in the per-person view.
  const knownNames = holders.holders.map((h) => h.holderName);

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('keys.handOutTitle', { label: item.label })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('keys.handOut')}
      size="md"
    >
      {item.kind === 'alarmcode' && <Text size="sm">{t('keys.alarmHandOutHelp')}</Text>}
      <Radio.Group label={t('keys.holderKind')} required {...form.getInputProps('holderKind')}>
        <Group gap="md" mt={6}>
          {HOLDER_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`keys.holderKinds.${k}`)} />
          ))}
        </Group>
      </Radio.Group>
      {form.values.holderKind === 'huurder' && (
        <RenterHolderSelect form={form} renters={holders.rentersWithKeyRights} />
      )}
      <Autocomplete
        label={t('keys.holderName')}
        description={t('keys.holderNameHelp')}
        required
        data={knownNames}
        {...form.getInputProps('holderName')}
      />
      <DateField label={t('keys.handedOutOn')} required clearable={false} {...form.getInputProps('handedOutOn')} />
      <Textarea label={t('keys.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
