import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCertificate, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { CertificateBadge } from '../shared/CertificateBadges';
import { stateOf } from '../shared/certificates';
import type { Certificate } from '../shared/types';
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
            <Group key={c.id} component="li" justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Group gap="sm" align="flex-start" wrap="nowrap">
                <div style={{ flex: 'none' }}>
                  <CertificateBadge label={label(c)} state={stateOf(c.validUntil, todayIso())} until={c.validUntil} />
                </div>
                <div>
                  <Text size="sm">
                    {c.validUntil
                      ? t('volunteers.certificates.untilLine', { date: f.date(c.validUntil) })
                      : t('volunteers.certificates.noExpiry')}
                  </Text>
                  {details(c) && (
                    <Text size="xs" c="dimmed">
                      {details(c)}
                    </Text>
                  )}
                  {c.notes && (
                    <Text size="xs" c="dimmed">
                      {c.notes}
                    </Text>
                  )}
                </div>
              </Group>
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('common.edit')}>
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    aria-label={t('volunteers.certificates.editOne', { name: label(c) })}
                    onClick={() => setEditing(c)}
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('volunteers.certificates.deleteOne', { name: label(c) })}
                    onClick={() => setDeleting(c)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
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
