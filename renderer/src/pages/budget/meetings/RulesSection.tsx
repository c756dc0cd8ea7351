import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { FormAlert } from '../../../components/FormAlert';
import { SectionCard } from '../../../components/SectionCard';
import { useMe } from '../../../session/SessionContext';
import { RulesFields } from './RulesFields';
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
        {editing ? (
          <Stack gap="sm">
            <FormAlert message={error} />
            <RulesFields rules={rules} onChange={setRules} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
              <Button loading={busy} onClick={save}>
                {t('meetings.saveRules')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <dl style={{ margin: 0 }}>
            <Text component="dt" fw={600} size="sm">
              {t('committee.quorumKind')}
            </Text>
            <Text component="dd" size="sm" ml={0} mb="xs">
              {meeting.rulesText.quorum}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t('committee.majority')}
            </Text>
            <Text component="dd" size="sm" ml={0} mb="xs">
              {meeting.rulesText.majority}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t('committee.tieBreak')}
            </Text>
            <Text component="dd" size="sm" ml={0} mb="xs" data-testid="tie-break-rule">
              {meeting.rulesText.tieBreak}
            </Text>
            <Text component="dt" fw={600} size="sm">
              {t('committee.composition')}
            </Text>
            <Text component="dd" size="sm" ml={0}>
              {meeting.composition.message}
            </Text>
          </dl>
        )}
      </Stack>
    </SectionCard>
  );
}
