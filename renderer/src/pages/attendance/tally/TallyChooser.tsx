import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconHandClick } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { formatTime, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useSessionSync } from '../counts/useSync';
import { WalkInButtons } from '../shared/WalkInButtons';
import { countable } from '../shared/sessionState';

/** Which counter to open: today's walk-in day-parts and today's sessions that have begun. */
export function TallyChooser() {
  const { t } = useTranslation();
  const today = todayIso();
  const synced = useSessionSync(today, today);
  const sessions = useApi('attendance.sessions', { from: today, to: today }, { enabled: synced });

  return (
    <>
      <PageHeader title={t('tally.chooseTitle')} description={t('tally.chooseIntro')} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="choose-walkin">
          <Title order={2} size="h3" id="choose-walkin" mb="sm">
            {t('attendance.walkInTitle')}
          </Title>
          <WalkInButtons date={today} size="xl" />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="choose-sessions">
          <Title order={2} size="h3" id="choose-sessions" mb="sm">
            {t('tally.todaySessions')}
          </Title>
          <QueryState query={sessions}>
            {(list) => {
              // Walk-in sessions are reached through their day-part above.
              const open = list.filter((s) => !s.daypart && countable(s));
              return open.length ? (
                <Stack gap="sm" align="flex-start">
                  {open.map((s) => (
                    <Button
                      key={s.id}
                      size="lg"
                      variant="light"
                      component={Link}
                      to={`/turfteller/${s.id}`}
                      leftSection={<IconHandClick size={20} aria-hidden />}
                    >
                      {`${formatTime(s.start.slice(11))} ${s.activityName}${s.rooms.length ? ` – ${s.rooms.join(', ')}` : ''}`}
                    </Button>
                  ))}
                </Stack>
              ) : (
                <Text>{t('tally.noSessions')}</Text>
              );
            }}
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
