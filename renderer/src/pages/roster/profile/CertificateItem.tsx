import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { CertificateBadge } from '../shared/CertificateBadges';
import { stateOf } from '../shared/certificates';
import type { Certificate } from '../shared/types';

/** A training goes by its own name; the other kinds by the name of the kind. */
export function useCertificateLabel() {
  const { t } = useTranslation();
  return (c: Certificate) => (c.kind === 'training' ? c.name : t(`volunteers.certificates.kinds.${c.kind}`));
}

/** One certificate as a line: its badge, until when it counts, how it was checked, and edit and delete. */
export function CertificateItem({
  certificate: c,
  onEdit,
  onDelete,
}: {
  certificate: Certificate;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = useCertificateLabel();
  const details =
    c.kind === 'vog'
      ? t('volunteers.certificates.seenLine', { date: c.seenOn ? f.date(c.seenOn) : '—', name: c.seenBy })
      : c.issuedOn
        ? t('volunteers.certificates.issuedLine', { date: f.date(c.issuedOn) })
        : '';
  return (
    <Group component="li" justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
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
          {details && (
            <Text size="xs" c="dimmed">
              {details}
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
            onClick={onEdit}
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
            onClick={onDelete}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
