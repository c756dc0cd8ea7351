import { useState } from 'react';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconDoorEnter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useProgressive } from '../../../hooks/useProgressive';
import { notifySuccess } from '../../../notify';
import { MeetingStatusBadge } from '../shared/StatusBadge';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { ItemCard } from './ItemCard';
import { MeetingActions } from './MeetingActions';
import { RulesSection } from './RulesSection';
import type { Meeting } from './types';

/** The meeting "in the room": rules and quorum, agenda, attendance, and per item declarations, scores, votes and the decision. */
export function MeetingView({ id }: { id: number }) {
  const query = useApi('meetings.get', { id });
  // Every write returns the whole meeting; it replaces what was loaded.
  const [fresh, setFresh] = useState<Meeting | null>(null);
  const meeting = fresh && query.data && fresh.id === query.data.id ? fresh : query.data;
  const update = (m: Meeting) => setFresh(m);

  return (
    <QueryState query={{ ...query, data: meeting }}>
      {(m) => <MeetingInTheRoom meeting={m} onSaved={update} />}
    </QueryState>
  );
}

function MeetingInTheRoom({ meeting: m, onSaved }: { meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [closing, setClosing] = useState(false);
  const canRecord = m.me?.canRecord ?? false;
  const live = m.status === 'gepland' || m.status === 'geopend';
  // An item is a card full of forms; the first ones fill the window, the others follow (hooks/useProgressive).
  const drawn = useProgressive(m.items.length, 2);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('meetings.meetingOf', { date: f.dateLong(m.date) })}
        description={t('meetings.meetingLine', {
          time: m.startTime,
          place: m.roomName ?? (m.location || t('meetings.noPlace')),
        })}
        actions={<MeetingActions meeting={m} onClose={() => setClosing(true)} />}
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
      <RulesSection meeting={m} onSaved={onSaved} />
      <AgendaSection meeting={m} onSaved={onSaved} />
      <AttendanceSection meeting={m} onSaved={onSaved} />
      {m.items.slice(0, drawn).map((item) => (
        <ItemCard key={item.id} meeting={m} item={item} onSaved={onSaved} />
      ))}
      {live && m.items.length === 0 && <Text c="dimmed">{t('meetings.noItems')}</Text>}
      <ConfirmModal
        opened={closing}
        onClose={() => setClosing(false)}
        title={t('meetings.close')}
        confirmLabel={t('meetings.close')}
        onConfirm={async () => {
          onSaved(await call('meetings.close', { id: m.id }));
          notifySuccess(t('meetings.closed'));
        }}
      >
        <Text>{t('meetings.closeHelp')}</Text>
      </ConfirmModal>
      {m.status === 'gepland' && canRecord && <OpenHint />}
    </Stack>
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
