import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import type { Preview } from '../shared/voteResult';
import { useItemCall } from './useItemCall';
import { VoteTable } from './VoteTable';
import { votePreview } from './votePreview';
import type { Item, Meeting } from './types';

/** Votes in the room: one row per present voting member without a conflict; big buttons for voor, tegen, onthouding. */
export function Votes({ meeting, item, onSaved }: { meeting: Meeting; item: Item; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const itemCall = useItemCall();
  const preview = votePreview(meeting, item);
  const missing = item.eligibleVoters.filter((v) => v.vote === null).length;

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.votes')}
      </Title>
      <FormAlert message={itemCall.message} title={null} />
      {!item.decided && meeting.status !== 'geopend' && (
        <Text size="sm" c="dimmed">
          {t('meetings.votesWhenOpen')}
        </Text>
      )}
      {!item.decided && meeting.status === 'geopend' && item.proposal === null && (
        <Text size="sm" c="dimmed">
          {t('meetings.votesAfterProposal')}
        </Text>
      )}
      <VoteTable meeting={meeting} item={item} onSaved={onSaved} itemCall={itemCall} />
      {!item.decided && item.proposal && (
        <VoteResult preview={preview} missing={missing} rulesText={meeting.rulesText} />
      )}
    </Stack>
  );
}

/** The tally and the result under the meeting's majority rule and tie-break, before the decision is taken. */
function VoteResult({
  preview,
  missing,
  rulesText,
}: {
  preview: Preview;
  missing: number;
  rulesText: Meeting['rulesText'];
}) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color={preview.result === 'aangenomen' ? 'green' : preview.result === 'verworpen' ? 'red' : 'orange'}
      title={t('meetings.resultNow')}
      data-testid="vote-result"
    >
      <Text size="sm">
        {t('meetings.tally', { voor: preview.voor, tegen: preview.tegen, onthouding: preview.onthouding })}
      </Text>
      <Text size="sm" fw={600}>
        {preview.tie ? `${t('meetings.tie')} ${t(`meetings.tieReason.${preview.tieReason!}`)} ` : ''}
        {t(`meetings.result.${preview.result}`)}
      </Text>
      {missing > 0 && <Text size="sm">{t('meetings.missingVotes', { count: missing })}</Text>}
      <Group gap="xs" mt={4}>
        <Text size="xs" c="dimmed">
          {rulesText.majority} {rulesText.tieBreak}
        </Text>
      </Group>
    </Alert>
  );
}
