import { useState } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { FormAlert } from '../../../components/FormAlert';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { AgendaLine } from './AgendaLine';
import type { Meeting } from './types';

/** The agenda: admissible (or deferred) applications in order; the beheerder adds and removes items. */
export function AgendaSection({ meeting, onSaved }: { meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const canEdit = me.user.role === 'beheerder' && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const candidates = useApi('applications.list', { statuses: ['ontvankelijk', 'aangehouden'] }, { enabled: canEdit });
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = meeting.items.map((i) => i.applicationId);

  const setAgenda = async (applicationIds: number[]) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('meetings.setAgenda', { id: meeting.id, applicationIds }));
      setChoice(null);
      candidates.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const options = (candidates.data ?? [])
    .filter((a) => !current.includes(a.id))
    .map((a) => ({
      value: String(a.id),
      label: `${a.number ?? ''} ${a.title} (${a.applicantName}, ${f.money(a.requestedCents)})`.trim(),
    }));

  return (
    <SectionCard title={t('meetings.agenda')}>
      <Stack gap="sm">
        <FormAlert message={error} title={t('common.failed')} />
        {meeting.items.length === 0 ? (
          <Text c="dimmed">{t('meetings.noItems')}</Text>
        ) : (
          <ol style={{ margin: 0, paddingLeft: '1.5rem' }}>
            {meeting.items.map((item) => (
              <AgendaLine
                key={item.id}
                item={item}
                canRemove={canEdit && !item.decided && item.votes.length === 0}
                onRemove={() => setAgenda(current.filter((x) => x !== item.applicationId))}
              />
            ))}
          </ol>
        )}
        {canEdit && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('meetings.addItem')}
              placeholder={options.length ? t('meetings.chooseApplication') : t('meetings.noCandidates')}
              data={options}
              value={choice}
              onChange={setChoice}
              searchable
              style={{ flex: 1, minWidth: 280 }}
            />
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              disabled={!choice}
              loading={busy}
              onClick={() => choice && setAgenda([...current, Number(choice)])}
            >
              {t('meetings.putOnAgenda')}
            </Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
