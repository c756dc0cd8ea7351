import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import type { Dashboard } from './types';

const time = (stamp: string) => stamp.slice(11, 16);

const BADGE = {
  missing: { color: 'orange', label: 'today.coverageMissing' },
  ok: { color: 'green', label: 'today.coverageOk' },
  notNeeded: { color: 'gray', label: 'today.coverageNotNeeded' },
} as const;

/** Today's coverage in words: nothing needed, covered all day, or each period without a BHV'er or key holder. */
function CoverageLines({ gaps, needed }: { gaps: Dashboard['coverageGaps']; needed: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {gaps.length === 0 && !needed ? (
        <Text size="sm">{t('today.coverageNoneNeeded')}</Text>
      ) : gaps.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-green-8)" aria-hidden />
          <Text size="sm">{t('today.coverageAllDay')}</Text>
        </Group>
      ) : (
        <List spacing="xs" listStyleType="none" pl={0}>
          {gaps.map((g) => (
            <List.Item key={`${g.start}-${g.end}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconAlertTriangle size={18} color="var(--mantine-color-orange-8)" aria-hidden />
                <Text size="sm">
                  {t('today.coverageGap', {
                    from: g.start,
                    to: g.end,
                    missing: g.missing
                      .map((m) => t(m === 'bhv' ? 'today.missingBhv' : 'today.missingKey'))
                      .join(t('today.and')),
                  })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

/** Who could cover at all: no volunteers, nobody with BHV, nobody with the key role is said, not hidden. */
function CoverageMeans({ coverage }: { coverage: Dashboard['coverage'] }) {
  const { t } = useTranslation();
  const lacks =
    coverage.volunteers === 0
      ? [t('today.noVolunteers')]
      : [
          ...(coverage.bhv === 0 ? [t('today.noBhv')] : []),
          ...(coverage.keyHolders === 0 ? [t('today.noKeyHolder')] : []),
        ];
  return lacks.map((line) => (
    <Group key={line} gap={6} wrap="nowrap" align="flex-start">
      <IconAlertTriangle size={18} color="var(--mantine-color-orange-8)" aria-hidden />
      <Text size="sm">{line}</Text>
    </Group>
  ));
}

/** Who is on duty today, the places still open per shift, and when the building lacks a BHV'er or key holder. */
export function DutyCard({
  onDuty,
  gaps,
  coverage,
  showRoster,
}: {
  onDuty: Dashboard['onDuty'];
  gaps: Dashboard['coverageGaps'];
  coverage: Dashboard['coverage'];
  showRoster: boolean;
}) {
  const { t } = useTranslation();
  // No gaps means covered only when the house needed cover today; otherwise say that nothing needed it.
  const badge = gaps.length ? 'missing' : coverage.needed ? 'ok' : 'notNeeded';
  const links = [
    ...(showRoster && coverage.volunteers === 0 ? [{ to: '/vrijwilligers', label: t('today.toAddVolunteers') }] : []),
    ...(showRoster ? [{ to: '/rooster', label: t('today.toRoster') }] : []),
  ];
  return (
    <SectionCard
      title={t('today.dutyTitle')}
      icon={<IconUsersGroup size={24} aria-hidden />}
      aside={
        <Badge variant="light" size="lg" color={BADGE[badge].color}>
          {t(BADGE[badge].label)}
        </Badge>
      }
      links={links}
    >
      <Stack gap="sm">
        {onDuty.length === 0 ? (
          <Text>{t('today.noShifts')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" pl={0}>
            {onDuty.map((s) => (
              <List.Item key={s.id}>
                <Text size="sm">
                  <Text span fw={600}>{`${time(s.start)}–${time(s.end)} ${s.title}: `}</Text>
                  {s.people.length ? s.people.map((p) => `${p.name} (${p.role})`).join(', ') : t('today.nobody')}
                </Text>
                {s.missing.length > 0 && (
                  <Text size="sm" c="orange.9">
                    {t('today.stillNeeded', { roles: s.missing.map((m) => `${m.missing} × ${m.role}`).join(', ') })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <CoverageLines gaps={gaps} needed={coverage.needed} />
        <CoverageMeans coverage={coverage} />
      </Stack>
    </SectionCard>
  );
}
