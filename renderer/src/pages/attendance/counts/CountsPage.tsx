import { useState } from 'react';
import { Card, Stack, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { addDays, mondayOf, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import type { Session } from '../shared/sessionState';
import { CountModal } from './CountModal';
import { PeriodCard, type Mode } from './PeriodCard';
import { SessionActions } from './SessionActions';
import { SessionsTable } from './SessionsTable';
import { useSessionSync } from './useSync';
import { WalkInCard } from './WalkInCard';

export function CountsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const mayCount = user.role === 'beheerder' || user.role === 'balie';
  const [mode, setMode] = useState<Mode>('day');
  const [date, setDate] = useState(todayIso);
  const from = mode === 'day' ? date : mondayOf(date);
  const to = mode === 'day' ? date : addDays(from, 6);
  const synced = useSessionSync(from, to);
  const sessions = useApi('attendance.sessions', { from, to }, { enabled: synced });
  const bands = useApi('activities.ageBands', {});
  const [counting, setCounting] = useState<Session | null>(null);

  const actions = (s: Session) => <SessionActions session={s} onCount={setCounting} />;

  return (
    <>
      <PageHeader
        title={t('attendance.title')}
        description={mayCount ? t('attendance.intro') : t('attendance.introReadOnly')}
      />
      <Stack gap="lg">
        <PeriodCard mode={mode} onMode={setMode} date={date} onDate={setDate} />

        {mayCount && mode === 'day' && date <= todayIso() && <WalkInCard date={date} />}

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
