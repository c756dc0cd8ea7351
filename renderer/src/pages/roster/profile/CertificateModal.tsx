import { Group, Radio, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { CERTIFICATE_KINDS, certificateInput } from '../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { useMe } from '../../../session/SessionContext';
import type { Certificate } from '../shared/types';
import { ValidityFields, VogFields } from './CertificateFields';
import { certificateValuesOf, toCertificateInput, type CertificateValues } from './certificateForm';

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
    ReturnType<ReturnType<typeof toCertificateInput>>
  >({
    initialValues: certificateValuesOf(certificate, user.name),
    schema: certificateInput,
    toInput: toCertificateInput(volunteerId),
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
      {form.values.kind === 'vog' ? <VogFields form={form} /> : <ValidityFields form={form} />}
      <Textarea label={t('volunteers.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
