import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconClockExclamation, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { RegisterEntry } from './types';
import type { CertificateState } from './certificates';

const LOOK: Record<CertificateState | 'missing', { color: string; icon: typeof IconCheck }> = {
  valid: { color: 'green', icon: IconCheck },
  expiring: { color: 'orange', icon: IconClockExclamation },
  expired: { color: 'red', icon: IconX },
  missing: { color: 'red', icon: IconX },
};

/** One certificate as a badge: colour and icon for the eye, the state in words for screen readers and the tooltip. */
export function CertificateBadge({
  label,
  state,
  until,
}: {
  label: string;
  state: CertificateState | 'missing';
  until?: string | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { color, icon: Icon } = LOOK[state];
  const words =
    state === 'missing'
      ? t('volunteers.certificates.missing')
      : until
        ? t(`volunteers.certificates.states.${state}`, { date: f.date(until) })
        : t('volunteers.certificates.noExpiry');
  return (
    <Tooltip label={words}>
      <Badge
        variant={state === 'missing' ? 'outline' : 'light'}
        color={color}
        size="sm"
        leftSection={<Icon size={12} aria-hidden />}
        tt="none"
      >
        {label}
        <span className="sr-only">: {words}</span>
      </Badge>
    </Tooltip>
  );
}

const STATE: Record<RegisterEntry['certificates'][number]['state'], CertificateState> = {
  geldig: 'valid',
  verloopt: 'expiring',
  verlopen: 'expired',
};

/**
 * The VOG, BHV and EHBO a volunteer holds, newest of each kind as the register lists them; and a missing VOG
 * when one of their roles asks for it. Not holding a BHV or EHBO is no fault of a volunteer, so it is not shown.
 */
export function CertificateBadges({ certificates, missingVog }: Pick<RegisterEntry, 'certificates' | 'missingVog'>) {
  const { t } = useTranslation();
  const held = certificates.filter((c) => !(c.kind === 'vog' && missingVog));
  if (!held.length && !missingVog)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  return (
    <Group gap={4}>
      {held.map((c) => (
        <CertificateBadge
          key={c.kind}
          label={t(`volunteers.certificates.kinds.${c.kind}`)}
          state={STATE[c.state]}
          until={c.validUntil}
        />
      ))}
      {missingVog && <CertificateBadge label={t('volunteers.certificates.kinds.vog')} state="missing" />}
    </Group>
  );
}
