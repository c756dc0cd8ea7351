import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconCertificate, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SectionCard } from '../../../components/SectionCard';
import { notifySuccess } from '../../../notify';
import type { Certificate } from '../shared/types';
import { CertificateItem, useCertificateLabel } from './CertificateItem';
import { CertificateModal } from './CertificateModal';

export function CertificatesCard({
  volunteerId,
  certificates,
  onChanged,
}: {
  volunteerId: number;
  certificates: readonly Certificate[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const label = useCertificateLabel();
  // undefined: closed; null: adding; a certificate: editing it.
  const [editing, setEditing] = useState<Certificate | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Certificate | null>(null);

  return (
    <SectionCard
      title={t('volunteers.certificates.title')}
      icon={<IconCertificate size={22} aria-hidden />}
      aside={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing(null)}
        >
          {t('volunteers.certificates.add')}
        </Button>
      }
    >
      {certificates.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('volunteers.certificates.none')}
        </Text>
      ) : (
        // A list rather than a table: the card is half the page wide, and each certificate reads as one line.
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {certificates.map((c) => (
            <CertificateItem key={c.id} certificate={c} onEdit={() => setEditing(c)} onDelete={() => setDeleting(c)} />
          ))}
        </Stack>
      )}
      {editing !== undefined && (
        <CertificateModal
          volunteerId={volunteerId}
          certificate={editing ?? undefined}
          onClose={() => setEditing(undefined)}
          onSaved={onChanged}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('volunteers.certificates.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await call('volunteers.deleteCertificate', { id: deleting.id });
          notifySuccess(t('volunteers.certificates.deleted'));
          onChanged();
        }}
      >
        {deleting && <Text>{t('volunteers.certificates.deleteConfirm', { name: label(deleting) })}</Text>}
      </ConfirmModal>
    </SectionCard>
  );
}
