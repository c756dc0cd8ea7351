import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDoorEnter, IconDoorExit, IconFileText, IconNotes } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { MeetingStatusBadge } from '../shared/StatusBadge';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { ItemCard } from './ItemCard';
import { RulesSection } from './RulesSection';
import type { Meeting } from './types';

/** The meeting "in the room": rules and quorum, agenda, attendance, and per item declarations, scores, votes and the decision. */
export function MeetingView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApi('meetings.get', { id });
  // Every write returns the whole meeting; it replaces what was loaded.
  const [fresh, setFresh] = useState<Meeting | null>(null);
  const [closing, setClosing] = useState(false);
  const meeting = fresh && query.data && fresh.id === query.data.id ? fresh : query.data;
  const update = (m: Meeting) => setFresh(m);

  return (
    <QueryState query={{ ...query, data: meeting }}>
      {(m) => {
        const canRecord = m.me?.canRecord ?? false;
        const live = m.status === 'gepland' || m.status === 'geopend';
        return (
          <Stack gap="lg">
            <PageHeader
              title={t('meetings.meetingOf', { date: f.dateLong(m.date) })}
              description={t('meetings.meetingLine', {
                time: m.startTime,
                place: m.roomName ?? (m.location || t('meetings.noPlace')),
              })}
              actions={
                <>
                  <Button
                    component={Link}
                    to={`/vergaderingen/${m.id}/agenda`}
                    variant="default"
                    leftSection={<IconFileText size={18} aria-hidden />}
                  >
                    {t('meetings.agendaPack')}
                  </Button>
                  <Button
                    component={Link}
                    to={`/vergaderingen/${m.id}/notulen`}
                    variant="default"
                    leftSection={<IconNotes size={18} aria-hidden />}
                  >
                    {t('meetings.minutes')}
                  </Button>
                  {canRecord && m.status === 'geopend' && (
                    <Button
                      color="dark"
                      leftSection={<IconDoorExit size={18} aria-hidden />}
                      onClick={() => setClosing(true)}
                    >
                      {t('meetings.close')}
                    </Button>
                  )}
                </>
              }
            />
            <Group gap="sm">
              <MeetingStatusBadge status={m.status} />
              {m.chair && (
                <Text size="sm">
                  {t('meetings.chairIs', { name: m.chair.name })}
                  {m.chair.acting ? ` (${t('meetings.acting')})` : ''}
                </Text>
              )}
              {m.secretary && <Text size="sm">· {t('meetings.secretaryIs', { name: m.secretary })}</Text>}
            </Group>
            {m.status === 'geannuleerd' && (
              <Alert color="gray" title={t('meetings.cancelled')}>
                {m.cancelReason}
              </Alert>
            )}
            <RulesSection meeting={m} onSaved={update} />
            <AgendaSection meeting={m} onSaved={update} />
            <AttendanceSection meeting={m} onSaved={update} />
            {m.items.map((item) => (
              <ItemCard key={item.id} meeting={m} item={item} onSaved={update} />
            ))}
            {live && m.items.length === 0 && <Text c="dimmed">{t('meetings.noItems')}</Text>}
            <ConfirmModal
              opened={closing}
              onClose={() => setClosing(false)}
              title={t('meetings.close')}
              confirmLabel={t('meetings.close')}
              onConfirm={async () => {
                update(await call('meetings.close', { id: m.id }));
                notifySuccess(t('meetings.closed'));
              }}
            >
              <Text>{t('meetings.closeHelp')}</Text>
            </ConfirmModal>
            {m.status === 'gepland' && canRecord && <OpenHint />}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function OpenHint() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      <IconDoorEnter size={16} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('meetings.openHint')}
    </Text>
  );
}
