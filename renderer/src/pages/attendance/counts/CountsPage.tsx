import { useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconHandClick, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DayStepper } from '../../../components/DayStepper';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { WeekStepper } from '../../../components/WeekStepper';
import { addDays, mondayOf, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { WalkInButtons } from '../shared/WalkInButtons';
import { countable, sessionState, type Session } from '../shared/sessionState';
import { CountModal } from './CountModal';
import { SessionsTable } from './SessionsTable';
import { useSessionSync } from './useSync';

type Mode = 'day' | 'week';

export function CountsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const mayCount = user.role === 'beheerder' || user.role === 'balie';
  const [mode, setMode] = useState<Mode>('day');
  const [date, setDate] = useState(todayIso);
  const synced = useSessionSync();
  const from = mode === 'day' ? date : mondayOf(date);
  const to = mode === 'day' ? date : addDays(from, 6);
  const sessions = useApi('attendance.sessions', { from, to }, { enabled: synced });
  const bands = useApi('activities.ageBands', {});
  const [counting, setCounting] = useState<Session | null>(null);

  const actions = (s: Session) => {
    const state = sessionState(s);
    const why =
      state === 'cancelled' ? t('attendance.whyCancelled') : state === 'future' ? t('attendance.whyFuture') : undefined;
    return (
      <Group gap={6} wrap="nowrap">
        <Button
          size="xs"
          variant={state === 'open' ? 'filled' : 'default'}
          leftSection={<IconPencil size={14} aria-hidden />}
          disabled={!countable(s)}
          title={why}
          aria-label={t('attendance.countOne', { name: s.activityName })}
          onClick={() => setCounting(s)}
        >
          {s.counts ? t('attendance.editCount') : t('attendance.enterCount')}
        </Button>
        {countable(s) && (
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/turfteller/${s.id}`}
            leftSection={<IconHandClick size={14} aria-hidden />}
            aria-label={t('attendance.tallyOne', { name: s.activityName })}
          >
            {t('attendance.tallyShort')}
          </Button>
        )}
      </Group>
    );
  };

  return (
    <>
      <PageHeader
        title={t('attendance.title')}
        description={mayCount ? t('attendance.intro') : t('attendance.introReadOnly')}
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <SegmentedControl
              aria-label={t('attendance.modeLabel')}
              value={mode}
              onChange={(m) => setMode(m as Mode)}
              data={[
                { value: 'day', label: t('attendance.day') },
                { value: 'week', label: t('attendance.week') },
              ]}
            />
            {mode === 'day' ? (
              <DayStepper label={t('attendance.day')} value={date} onChange={setDate} />
            ) : (
              <WeekStepper value={mondayOf(date)} onChange={setDate} />
            )}
          </Group>
        </Card>

        {mayCount && mode === 'day' && date <= todayIso() && (
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="walkin-title">
            <Title order={2} size="h3" id="walkin-title" mb={4}>
              {t('attendance.walkInTitle')}
            </Title>
            <Text size="sm" mb="sm">
              {t('attendance.walkInHelp')}
            </Text>
            <WalkInButtons date={date} />
          </Card>
        )}

        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="sessions-title">
          <Title order={2} size="h3" id="sessions-title" mb="sm">
            {t('attendance.sessionsTitle')}
          </Title>
          <QueryState query={sessions}>
            {(list) => (
              <SessionsTable
                sessions={list}
                showDate={mode === 'week'}
                actions={mayCount ? actions : undefined}
                empty={
                  <EmptyMessage
                    icon={<IconClipboardCheck aria-hidden />}
                    title={mode === 'day' ? t('attendance.emptyDay') : t('attendance.emptyWeek')}
                    description={t('attendance.emptyHelp')}
                  />
                }
              />
            )}
          </QueryState>
        </Card>
      </Stack>
      {counting && (
        <CountModal
          session={counting}
          bands={bands.data ?? []}
          onClose={() => setCounting(null)}
          onSaved={sessions.reload}
        />
      )}
    </>
  );
}
