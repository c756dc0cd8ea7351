import { useState } from 'react';
import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconCertificate, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { DataTable } from '../../../components/DataTable';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { CertificateBadge } from '../shared/CertificateBadges';
import { stateOf } from '../shared/certificates';
import type { Certificate } from '../shared/types';
import { CertificateModal } from './CertificateModal';

export function CertificatesCard({ volunteerId, certificates, onChanged }: { volunteerId: number; certificates: readonly Certificate[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  // undefined: closed; null: adding; a certificate: editing it.
  const [editing, setEditing] = useState<Certificate | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Certificate | null>(null);
  const label = (c: Certificate) => (c.kind === 'training' ? c.name : t(`volunteers.certificates.kinds.${c.kind}`));
  const details = (c: Certificate) =>
    c.kind === 'vog'
      ? t('volunteers.certificates.seenLine', { date: c.seenOn ? f.date(c.seenOn) : '—', name: c.seenBy })
      : c.issuedOn
        ? t('volunteers.certificates.issuedLine', { date: f.date(c.issuedOn) })
        : '';

  return (
    <SectionCard
      title={t('volunteers.certificates.title')}
      icon={<IconCertificate size={22} aria-hidden />}
      aside={
        <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
          {t('volunteers.certificates.add')}
        </Button>
      }
    >
      <DataTable
        label={t('volunteers.certificates.title')}
        minWidth={520}
        rows={certificates}
        rowKey={(c) => c.id}
        empty={<Text c="dimmed" size="sm">{t('volunteers.certificates.none')}</Text>}
        columns={[
          { key: 'kind', header: t('volunteers.certificates.kind'), render: (c) => <CertificateBadge label={label(c)} state={stateOf(c.validUntil, todayIso())} until={c.validUntil} /> },
          { key: 'details', header: t('volunteers.certificates.details'), render: (c) => <Text size="sm">{details(c) || '—'}{c.notes && <Text span c="dimmed" size="xs" display="block">{c.notes}</Text>}</Text> },
          { key: 'until', header: t('volunteers.certificates.validUntil'), render: (c) => <span style={{ whiteSpace: 'nowrap' }}>{c.validUntil ? f.date(c.validUntil) : t('volunteers.certificates.noExpiryShort')}</span> },
          {
            key: 'actions',
            header: t('common.actions'),
            screenOnly: true,
            render: (c) => (
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" size="lg" aria-label={t('volunteers.certificates.editOne', { name: label(c) })} onClick={() => setEditing(c)}>
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.delete')}>
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('volunteers.certificates.deleteOne', { name: label(c) })} onClick={() => setDeleting(c)}>
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ),
          },
        ]}
      />
      {editing !== undefined && <CertificateModal volunteerId={volunteerId} certificate={editing ?? undefined} onClose={() => setEditing(undefined)} onSaved={onChanged} />}
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
