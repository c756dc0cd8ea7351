import { Alert, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { KEY_KINDS, KEY_STATUSES, keyInput } from '../../../../../db/modules/beheer/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { KeyItem } from './types';

type Values = Input<'keys.create'> & { status: KeyItem['status'] };

/** Add (item undefined) or edit a key, fob or alarm code. An alarm code has no code field at all: it is never stored. */
export function KeyModal({ item, onClose, onSaved }: { item?: KeyItem; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'keys.create'> & { status: KeyItem['status'] }
  >({
    initialValues: item
      ? { kind: item.kind, label: item.label, code: item.code, notes: item.notes, status: item.status }
      : { kind: 'sleutel', label: '', code: '', notes: '', status: 'beschikbaar' },
    schema: keyInput,
    // A number typed before switching to "alarmcode" must not travel along.
    toInput: (v) => ({ ...v, code: v.kind === 'alarmcode' ? '' : v.code }),
    submit: ({ status, ...input }) =>
      item ? call('keys.update', { id: item.id, status, ...input }) : call('keys.create', input),
    successMessage: item ? t('keys.updated') : t('keys.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const alarm = form.values.kind === 'alarmcode';
  return (
    <FormModal
      opened
      onClose={onClose}
      title={item ? t('keys.editTitle', { label: item.label }) : t('keys.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="md"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('keys.kind')}
          required
          allowDeselect={false}
          data={KEY_KINDS.map((k) => ({ value: k, label: t(`keys.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label={t('keys.label')}
          description={t('keys.labelHelp')}
          required
          data-autofocus
          {...form.getInputProps('label')}
        />
      </SimpleGrid>
      {alarm ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconShieldLock aria-hidden />}
          title={t('keys.alarmTitle')}
          role="note"
        >
          {t('keys.alarmHelp')}
        </Alert>
      ) : (
        <TextInput label={t('keys.code')} description={t('keys.codeHelp')} {...form.getInputProps('code')} />
      )}
      {item && (
        <Select
          label={t('keys.status')}
          required
          allowDeselect={false}
          data={KEY_STATUSES.map((s) => ({ value: s, label: t(`keys.statuses.${s}`) }))}
          {...form.getInputProps('status')}
        />
      )}
      <Textarea label={t('keys.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
