import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconListCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { formatTime } from '../../../format';
import type { Dashboard } from './types';

type Kind = 'opening' | 'sluiting';
type Run = NonNullable<Dashboard['checklists']['opening']>;

function Recorded({ kind, run }: { kind: Kind; run: Run }) {
  const { t } = useTranslation();
  const skipped = run.items.filter((i) => !i.done);
  return (
    <div>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconCircleCheck size={22} color="var(--mantine-color-green-8)" aria-hidden style={{ flexShrink: 0 }} />
        <Text fw={600}>
          {t(`today.recorded.${kind}`, { name: run.userName, time: formatTime(run.at.slice(11, 16)) })}
        </Text>
      </Group>
      {skipped.length > 0 && (
        <Text size="sm" c="orange.9" ml={30}>
          {t('today.skipped', {
            count: skipped.length,
            items: skipped.map((i) => `${i.label} (${i.reason})`).join('; '),
          })}
        </Text>
      )}
      {run.note && (
        <Text size="sm" c="dimmed" ml={30} style={{ whiteSpace: 'pre-line' }}>
          {run.note}
        </Text>
      )}
    </div>
  );
}

/** Opening or closing: who recorded it and when, a clear warning once it is overdue, or when it is due. */
function ChecklistLine({
  kind,
  run,
  missing,
  time,
  canRecord,
}: {
  kind: Kind;
  run: Run | null;
  missing: boolean;
  time: string | null;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  if (run) return <Recorded kind={kind} run={run} />;
  const button = canRecord && (
    <Button
      component={Link}
      to={`/openen-sluiten/${kind}`}
      size="sm"
      color={missing ? 'orange' : undefined}
      variant={missing ? 'filled' : 'light'}
      leftSection={<IconListCheck size={18} aria-hidden />}
    >
      {t(`today.record.${kind}`)}
    </Button>
  );
  if (missing) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t(`today.missing.${kind}`)}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t(`today.missingSince.${kind}`, { time: formatTime(time ?? '') })}</Text>
          {button}
        </Stack>
      </Alert>
    );
  }
  return (
    <Group justify="space-between" gap="xs">
      <Group gap="xs" wrap="nowrap">
        <IconClockHour4 size={22} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text c="dimmed">{time ? t(`today.due.${kind}`, { time: formatTime(time) }) : t('today.noHours')}</Text>
      </Group>
      {time && button}
    </Group>
  );
}

export function ChecklistStatusCard({
  checklists,
  canRecord,
}: {
  checklists: Dashboard['checklists'];
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const noHours = !checklists.opensAt && !checklists.closesAt && !checklists.opening && !checklists.closing;
  return (
    <SectionCard
      title={t('nav.checklists')}
      icon={<IconListCheck size={24} aria-hidden />}
      links={[{ to: '/openen-sluiten', label: t('today.toChecklists') }]}
    >
      {noHours ? (
        // One line for both: the house card next to it already says the house has no hours today.
        <Group gap="xs" wrap="nowrap">
          <IconClockHour4 size={22} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text c="dimmed">{t('today.noHours')}</Text>
        </Group>
      ) : (
        <Stack gap="md">
          <ChecklistLine
            kind="opening"
            run={checklists.opening}
            missing={checklists.openingMissing}
            time={checklists.opensAt}
            canRecord={canRecord}
          />
          <ChecklistLine
            kind="sluiting"
            run={checklists.closing}
            missing={checklists.closingMissing}
            time={checklists.closesAt}
            canRecord={canRecord}
          />
        </Stack>
      )}
    </SectionCard>
  );
}
