import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconClockExclamation, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { BADGE_KINDS, lacksVog, newestOfKind, stateOf, type CertificateState } from './certificates';
import type { Certificate, VolunteerRole } from './types';

const LOOK: Record<CertificateState | 'missing', { color: string; icon: typeof IconCheck }> = {
  valid: { color: 'green', icon: IconCheck },
  expiring: { color: 'orange', icon: IconClockExclamation },
  expired: { color: 'red', icon: IconX },
  missing: { color: 'red', icon: IconX },
};

/** One certificate as a badge: colour and icon for the eye, the state in words for screen readers and the tooltip. */
export function CertificateBadge({ label, state, until }: { label: string; state: CertificateState | 'missing'; until?: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { color, icon: Icon } = LOOK[state];
  const words = state === 'missing' ? t('volunteers.certificates.missing') : until ? t(`volunteers.certificates.states.${state}`, { date: f.date(until) }) : t('volunteers.certificates.noExpiry');
  return (
    <Tooltip label={words}>
      <Badge variant={state === 'missing' ? 'outline' : 'light'} color={color} size="sm" leftSection={<Icon size={12} aria-hidden />} tt="none">
        {label}
        <span className="sr-only">: {words}</span>
      </Badge>
    </Tooltip>
  );
}

/**
 * The VOG, BHV and EHBO a volunteer holds, newest of each kind; and a missing VOG when one of
 * their roles asks for it. Not holding a BHV or EHBO is no fault of a volunteer, so it is not shown.
 */
export function CertificateBadges({ certificates, roleIds, roles }: { certificates: readonly Certificate[]; roleIds: readonly number[]; roles: readonly VolunteerRole[] }) {
  const { t } = useTranslation();
  const today = todayIso();
  const held = BADGE_KINDS.map((kind) => ({ kind, c: newestOfKind(certificates, kind) })).filter((x) => x.c);
  const missingVog = lacksVog(roleIds, roles, certificates, today);
  if (!held.length && !missingVog) return <Text span c="dimmed" size="sm">—</Text>;
  return (
    <Group gap={4}>
      {held.map(({ kind, c }) =>
        kind === 'vog' && missingVog ? null : <CertificateBadge key={kind} label={t(`volunteers.certificates.kinds.${kind}`)} state={stateOf(c!.validUntil, today)} until={c!.validUntil} />,
      )}
      {missingVog && <CertificateBadge label={t('volunteers.certificates.kinds.vog')} state="missing" />}
    </Group>
  );
}
