import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import { useItemCall } from './useItemCall';
import type { Item, Meeting } from './types';

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
  const { locale } = useFormat();
  const { busy, errors, message, run } = useItemCall();
  const recorder = meeting.me?.canRecord ?? false;
  const myId = meeting.me?.memberId ?? null;
  const open = !item.decided && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const declared = new Set(item.declarations.map((d) => d.memberId));
  const scorers = meeting.members.filter((m) => !declared.has(m.memberId) && (recorder || m.memberId === myId));
  const [memberId, setMemberId] = useState<string | null>(!recorder && myId ? String(myId) : null);
  const existing = item.scores.members.find((m) => m.memberId === Number(memberId));
  const [values, setValues] = useState<Record<number, number | ''>>({});
  const valueOf = (criterionId: number): number | '' => values[criterionId] ?? existing?.scores[criterionId] ?? '';
  const { criteria } = item.scores;

  const save = () =>
    run('score', async () => {
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
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('meetings.scores')} withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('committee.name')}</Table.Th>
                {criteria.map((c) => (
                  <Table.Th scope="col" key={c.criterionId} ta="right">
                    {c.name} ({t('meetings.max', { n: c.maxScore })})
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('meetings.total', { n: item.scores.maxTotal })}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.scores.members.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>{m.name}</Table.Td>
                  {criteria.map((c) => (
                    <Table.Td key={c.criterionId} ta="right">
                      {m.scores[c.criterionId] ?? '—'}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{m.totalScore}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('meetings.average')}</Table.Td>
                {criteria.map((c) => (
                  <Table.Td key={c.criterionId} ta="right">
                    {c.average === null ? '—' : c.average.toLocaleString(locale)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  {item.scores.averageTotal === null ? '—' : item.scores.averageTotal.toLocaleString(locale)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && scorers.length > 0 && (recorder || myId !== null) && (
        <details>
          <summary style={{ cursor: 'pointer' }}>{t('meetings.enterScores')}</summary>
          <Stack gap="xs" mt="xs">
            {message && (
              <Alert color="red" variant="light" role="alert">
                {message}
              </Alert>
            )}
            <Group align="flex-start" gap="sm">
              <Select
                label={t('meetings.scoringMember')}
                data={scorers.map((m) => ({ value: String(m.memberId), label: m.name }))}
                value={memberId}
                onChange={(v) => {
                  setMemberId(v);
                  setValues({});
                }}
                disabled={!recorder}
                error={errors.memberId}
                w={220}
              />
              {criteria.map((c, i) => (
                <NumberInput
                  key={c.criterionId}
                  label={`${c.name} (0–${c.maxScore})`}
                  min={0}
                  max={c.maxScore}
                  allowDecimal={false}
                  value={valueOf(c.criterionId)}
                  onChange={(v) => setValues({ ...values, [c.criterionId]: v === '' ? '' : Number(v) })}
                  error={errors[`scores.${i}.score`]}
                  w={170}
                />
              ))}
            </Group>
            <Group>
              <Button variant="light" disabled={!memberId} loading={busy === 'score'} onClick={save}>
                {t('meetings.saveScores')}
              </Button>
            </Group>
          </Stack>
        </details>
      )}
    </Stack>
  );
}
