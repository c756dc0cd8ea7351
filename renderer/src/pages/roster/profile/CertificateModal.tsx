import { Alert, Group, Radio, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { CERTIFICATE_KINDS, certificateInput } from '../../../../../db/modules/roster/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useMe } from '../../../session/SessionContext';
import type { Certificate } from '../shared/types';

type Kind = Certificate['kind'];

interface CertificateValues {
  kind: Kind;
  name: string;
  issuedOn: string;
  expiresOn: string;
  seenOn: string;
  seenBy: string;
  notes: string;
}

/** Only the fields of the chosen kind are sent: switching from VOG to BHV must not keep a "seen by". */
function toInput(volunteerId: number) {
  return (v: CertificateValues) => ({
    volunteerId,
    kind: v.kind,
    name: v.kind === 'training' ? v.name : '',
    issuedOn: v.issuedOn || null,
    expiresOn: v.kind === 'vog' ? null : v.expiresOn || null,
    seenOn: v.kind === 'vog' ? v.seenOn || null : null,
    seenBy: v.kind === 'vog' ? v.seenBy : '',
    notes: v.notes,
  });
}

/** VOG as "original seen on … by …" (never a copy), BHV and EHBO with their expiry, a training by name. */
export function CertificateModal({
  volunteerId,
  certificate,
  onClose,
  onSaved,
}: {
  volunteerId: number;
  certificate?: Certificate;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useMe();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    CertificateValues,
    ReturnType<ReturnType<typeof toInput>>
  >({
    initialValues: certificate
      ? {
          kind: certificate.kind,
          name: certificate.name,
          issuedOn: certificate.issuedOn ?? '',
          expiresOn: certificate.expiresOn ?? '',
          seenOn: certificate.seenOn ?? '',
          seenBy: certificate.seenBy,
          notes: certificate.notes,
        }
      : { kind: 'vog', name: '', issuedOn: '', expiresOn: '', seenOn: todayIso(), seenBy: user.name, notes: '' },
    schema: certificateInput,
    toInput: toInput(volunteerId),
    submit: (input) =>
      certificate
        ? call('volunteers.updateCertificate', { id: certificate.id, ...input })
        : call('volunteers.addCertificate', input),
    successMessage: t('volunteers.certificates.saved'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const kind = form.values.kind;

  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title={certificate ? t('volunteers.certificates.editTitle') : t('volunteers.certificates.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <Radio.Group label={t('volunteers.certificates.kind')} {...form.getInputProps('kind')}>
        <Group gap="lg" mt={6}>
          {CERTIFICATE_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`volunteers.certificates.kinds.${k}`)} />
          ))}
        </Group>
      </Radio.Group>
      {kind === 'vog' && (
        <>
          <Alert
            color="wijk"
            variant="light"
            icon={<IconShieldCheck aria-hidden />}
            title={t('volunteers.certificates.vogNeverCopy')}
          >
            {t('volunteers.certificates.vogExplain')}
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={t('volunteers.certificates.seenOn')} required {...form.getInputProps('seenOn')} />
            <TextInput label={t('volunteers.certificates.seenBy')} required {...form.getInputProps('seenBy')} />
          </SimpleGrid>
          <DateField
            label={t('volunteers.certificates.vogIssuedOn')}
            description={t('volunteers.certificates.vogIssuedOnHelp')}
            clearable
            {...form.getInputProps('issuedOn')}
          />
        </>
      )}
      {kind === 'training' && (
        <TextInput
          label={t('volunteers.certificates.trainingName')}
          required
          placeholder={t('volunteers.certificates.trainingPlaceholder')}
          {...form.getInputProps('name')}
        />
      )}
      {kind !== 'vog' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('volunteers.certificates.issuedOn')} clearable {...form.getInputProps('issuedOn')} />
          <DateField
            label={t('volunteers.certificates.expiresOn')}
            required={kind !== 'training'}
            clearable
            {...form.getInputProps('expiresOn')}
          />
        </SimpleGrid>
      )}
      <Textarea label={t('volunteers.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
