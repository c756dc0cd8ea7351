import { useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { call } from '../../../api/client';
import { ScoreTable } from './ScoreTable';
import { useItemCall } from './useItemCall';
import type { Item, Meeting } from './types';

type ScoreEntryState = ReturnType<typeof useScoreEntry>;

/**
 * The scores being entered for one member (the secretary chooses whom; a member enters their own):
 * what is typed, else what that member gave before.
 */
function useScoreEntry(meeting: Meeting, item: Item, onMeeting: (m: Meeting) => void) {
  const itemCall = useItemCall();
  const recorder = meeting.me?.canRecord ?? false;
  const myId = meeting.me?.memberId ?? null;
  const declared = new Set(item.declarations.map((d) => d.memberId));
  const scorers = meeting.members.filter((m) => !declared.has(m.memberId) && (recorder || m.memberId === myId));
  const [memberId, setMemberId] = useState<string | null>(!recorder && myId ? String(myId) : null);
  const existing = item.scores.members.find((m) => m.memberId === Number(memberId));
  const [values, setValues] = useState<Record<number, number | ''>>({});
  const valueOf = (criterionId: number): number | '' => values[criterionId] ?? existing?.scores[criterionId] ?? '';
  const { criteria } = item.scores;

  const save = () =>
    itemCall.run('score', async () => {
      await call('meetings.score', {
        itemId: item.id,
        memberId: Number(memberId),
        scores: criteria
          .filter((c) => valueOf(c.criterionId) !== '')
          .map((c) => ({ criterionId: c.criterionId, score: Number(valueOf(c.criterionId)) })),
      });
      setValues({});
      onMeeting(await call('meetings.get', { id: meeting.id }));
    });
  const chooseMember = (id: string | null) => {
    setMemberId(id);
    setValues({});
  };
  const setValue = (criterionId: number, value: number | '') => setValues({ ...values, [criterionId]: value });
  return { ...itemCall, recorder, myId, scorers, memberId, chooseMember, valueOf, setValue, save };
}

/** Optional scores per member on the round's criteria, with the averages as an overview. */
export function Scores({
  meeting,
  item,
  onMeeting,
}: {
  meeting: Meeting;
  item: Item;
  onSaved: () => void;
  onMeeting: (m: Meeting) => void;
}) {
  const { t } = useTranslation();
  const entry = useScoreEntry(meeting, item, onMeeting);
  const open = !item.decided && (meeting.status === 'gepland' || meeting.status === 'geopend');

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.scores')}
      </Title>
      {item.scores.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.noScores')}
        </Text>
      ) : (
        <ScoreTable scores={item.scores} />
      )}
      {open && entry.scorers.length > 0 && (entry.recorder || entry.myId !== null) && (
        <details>
          <summary style={{ cursor: 'pointer' }}>{t('meetings.enterScores')}</summary>
          <ScoreEntry criteria={item.scores.criteria} entry={entry} />
        </details>
      )}
    </Stack>
  );
}

function ScoreEntry({ criteria, entry: s }: { criteria: Item['scores']['criteria']; entry: ScoreEntryState }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="xs">
      <FormAlert message={s.message} title={null} />
      <Group align="flex-start" gap="sm">
        <Select
          label={t('meetings.scoringMember')}
          data={s.scorers.map((m) => ({ value: String(m.memberId), label: m.name }))}
          value={s.memberId}
          onChange={s.chooseMember}
          disabled={!s.recorder}
          error={s.errors.memberId}
          w={220}
        />
        {criteria.map((c, i) => (
          <NumberInput
            key={c.criterionId}
            label={`${c.name} (0–${c.maxScore})`}
            min={0}
            max={c.maxScore}
            allowDecimal={false}
            value={s.valueOf(c.criterionId)}
            onChange={(v) => s.setValue(c.criterionId, v === '' ? '' : Number(v))}
            error={s.errors[`scores.${i}.score`]}
            w={170}
          />
        ))}
      </Group>
      <Group>
        <Button variant="light" disabled={!s.memberId} loading={s.busy === 'score'} onClick={s.save}>
          {t('meetings.saveScores')}
        </Button>
      </Group>
    </Stack>
  );
}
