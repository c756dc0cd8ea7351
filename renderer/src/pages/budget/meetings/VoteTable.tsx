import { SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VOTES } from '../../../../../db/modules/budget/schemas';
import { call } from '../../../api/client';
import type { useItemCall } from './useItemCall';
import type { Item, Meeting } from './types';

const VOTE_COLORS = { voor: 'green', tegen: 'red', onthouding: 'gray' } as const;

/** Who votes and how; below them, greyed, the members who do not vote on this item and why. */
export function VoteTable({
  meeting,
  item,
  onSaved,
  itemCall,
}: {
  meeting: Meeting;
  item: Item;
  onSaved: (m: Meeting) => void;
  itemCall: ReturnType<typeof useItemCall>;
}) {
  const { t } = useTranslation();
  const { busy, errors, message, run } = itemCall;
  const recorder = meeting.me?.canRecord ?? false;
  const canVote = recorder && meeting.status === 'geopend' && !item.decided && item.proposal !== null;
  const declared = new Set(item.declarations.map((d) => d.memberId));
  const eligible = new Set(item.eligibleVoters.map((v) => v.memberId));
  const notVoting = meeting.members.filter((m) => !eligible.has(m.memberId));
  const chairId = meeting.chair?.memberId ?? null;

  const cast = (memberId: number, vote: string | null) =>
    run(`vote-${memberId}`, async () =>
      onSaved(await call('meetings.vote', { itemId: item.id, memberId, vote: vote as (typeof VOTES)[number] | null })),
    );
  const reason = (memberId: number) => {
    const m = meeting.members.find((x) => x.memberId === memberId)!;
    if (!m.voting) return t('meetings.notVoting.advisory');
    if (declared.has(memberId)) return t('meetings.notVoting.conflict');
    return t('meetings.notVoting.absent');
  };

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('meetings.votesOn', { title: item.application.title })} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('committee.name')}</Table.Th>
            <Table.Th scope="col">{t('meetings.vote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {item.eligibleVoters.map((v) => (
            <Table.Tr key={v.memberId}>
              <Table.Td>
                {v.name}
                {v.memberId === chairId && ` (${t('committee.chair')})`}
              </Table.Td>
              <Table.Td>
                {canVote ? (
                  <SegmentedControl
                    size="md"
                    aria-label={t('meetings.voteOf', { name: v.name })}
                    value={v.vote ?? ''}
                    disabled={busy === `vote-${v.memberId}`}
                    color={v.vote ? VOTE_COLORS[v.vote] : undefined}
                    onChange={(value) => cast(v.memberId, value)}
                    data={VOTES.map((x) => ({ value: x, label: t(`meetings.voteValue.${x}`) }))}
                  />
                ) : (
                  <Text size="sm">{v.vote ? t(`meetings.voteValue.${v.vote}`) : '—'}</Text>
                )}
                {errors.memberId && busy === null && message === null && (
                  <Text size="sm" c="red.8" role="alert">
                    {errors.memberId}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
          {notVoting.map((m) => (
            <Table.Tr key={m.memberId}>
              <Table.Td c="dimmed">{m.name}</Table.Td>
              <Table.Td c="dimmed">{reason(m.memberId)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
