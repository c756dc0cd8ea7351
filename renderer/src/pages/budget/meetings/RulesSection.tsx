import { useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { SectionCard } from '../../../components/SectionCard';
import { useMe } from '../../../session/SessionContext';
import { RulesEditor } from './RulesFields';
import { RulesList } from './RulesList';
import type { Meeting } from './types';

/** The rules this meeting runs by (quorum, majority, tie-break), the committee's composition and the quorum now. */
export function RulesSection({ meeting, onSaved }: { meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [rules, setRules] = useState(meeting.rules);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canEdit = me.user.role === 'beheerder' && meeting.status === 'gepland';

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await call('meetings.update', {
          id: meeting.id,
          date: meeting.date,
          startTime: meeting.startTime,
          location: meeting.location,
          roomId: meeting.roomId,
          notes: meeting.notes,
          ...rules,
        }),
      );
      setEditing(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard
      title={t('meetings.rules')}
      aside={
        canEdit && !editing ? (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('meetings.editRules')}
          </Button>
        ) : undefined
      }
    >
      <Stack gap="sm">
        <QuorumAlerts meeting={meeting} />
        {editing ? (
          <RulesEditor
            rules={rules}
            onChange={setRules}
            error={error}
            busy={busy}
            onCancel={() => setEditing(false)}
            onSave={save}
          />
        ) : (
          <RulesList
            rows={[
              { term: t('committee.quorumKind'), text: meeting.rulesText.quorum },
              { term: t('committee.majority'), text: meeting.rulesText.majority },
              { term: t('committee.tieBreak'), text: meeting.rulesText.tieBreak, testId: 'tie-break-rule' },
              { term: t('committee.composition'), text: meeting.composition.message },
            ]}
          />
        )}
      </Stack>
    </SectionCard>
  );
}

/** Whether the quorum is met now, and a warning when the committee's composition breaks its rule. */
function QuorumAlerts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        color={meeting.quorum.met ? 'green' : 'red'}
        variant="light"
        icon={meeting.quorum.met ? <IconCheck aria-hidden /> : <IconX aria-hidden />}
        title={meeting.quorum.met ? t('meetings.quorumMet') : t('meetings.quorumNotMet')}
        data-testid="quorum"
      >
        {meeting.quorum.message}
      </Alert>
      {!meeting.composition.ok && (
        <Alert color="red" variant="light" title={t('committee.compositionWrong')}>
          {meeting.composition.message}
        </Alert>
      )}
    </>
  );
}
