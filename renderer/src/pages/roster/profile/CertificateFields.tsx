import { Alert, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import type { CertificateValues } from './certificateForm';

type CertificateForm = UseFormReturnType<CertificateValues>;

/** A VOG is recorded as the original seen, on a date and by someone: the house never keeps a copy. */
export function VogFields({ form }: { form: CertificateForm }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** BHV, EHBO and trainings: when issued and until when valid (a training need not expire). */
export function ValidityFields({ form }: { form: CertificateForm }) {
  const { t } = useTranslation();
  const kind = form.values.kind;
  return (
    <>
      {kind === 'training' && (
        <TextInput
          label={t('volunteers.certificates.trainingName')}
          required
          placeholder={t('volunteers.certificates.trainingPlaceholder')}
          {...form.getInputProps('name')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('volunteers.certificates.issuedOn')} clearable {...form.getInputProps('issuedOn')} />
        <DateField
          label={t('volunteers.certificates.expiresOn')}
          required={kind !== 'training'}
          clearable
          {...form.getInputProps('expiresOn')}
        />
      </SimpleGrid>
    </>
  );
}
