import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconGavel, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GrowingTextarea } from '../../../components/GrowingTextarea';
import { FormAlert } from '../../../components/FormAlert';
import { decideInput } from '../../../../../db/modules/budget/schemas';
import { call } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { useItemCall } from './useItemCall';
import { votePreview } from './votePreview';
import type { Item, Meeting } from './types';

/**
 * The decision: the outcome follows from the votes on the proposal (toegekend when the full amount is
 * granted, deels toegekend when less, afgewezen, or aangehouden by the tie-break); or the committee
 * defers. The motivation is always required.
 */
export function Decision({ meeting, item, onSaved }: { meeting: Meeting; item: Item; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, errors, message, setErrors, run } = useItemCall();
  const [motivation, setMotivation] = useState('');
  const recorder = meeting.me?.canRecord ?? false;
  if (!recorder || meeting.status !== 'geopend') return null;

  const proposed = item.proposal?.proposedCents ?? 0;
  const outcome = outcomeByVotes(meeting, item);

  const decide = (defer: boolean) => {
    const checked = decideInput.safeParse({ itemId: item.id, defer, motivation });
    if (!checked.success) {
      setErrors({ motivation: checked.error.issues[0]?.message ?? '' });
      return;
    }
    void run(defer ? 'defer' : 'decide', async () => {
      onSaved(await call('meetings.decide', { itemId: item.id, defer, motivation }));
      notifySuccess(t('meetings.decided'));
    });
  };
  const other = [errors.quorum, errors.votes, errors.proposedCents, errors.itemId].filter(Boolean).join(' ');

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.decision')}
      </Title>
      {item.proposal && (
        <Text size="sm">
          {t('meetings.outcomeWouldBe')} <strong>{t(`meetings.outcome.${outcome}`)}</strong>
          {(outcome === 'toegekend' || outcome === 'deels_toegekend') && ` (${f.money(proposed)})`}
        </Text>
      )}
      <FormAlert message={other || message} title={t('meetings.notDecided')} />
      <GrowingTextarea
        label={t('meetings.motivation')}
        withAsterisk
        description={t('meetings.motivationHelp')}
        minRows={3}
        value={motivation}
        onChange={(e) => setMotivation(e.currentTarget.value)}
        error={errors.motivation}
      />
      <Group>
        <Button
          leftSection={<IconGavel size={18} aria-hidden />}
          loading={busy === 'decide'}
          onClick={() => decide(false)}
        >
          {t('meetings.decide')}
        </Button>
        <Button
          variant="light"
          color="orange"
          leftSection={<IconPlayerPause size={18} aria-hidden />}
          loading={busy === 'defer'}
          onClick={() => decide(true)}
        >
          {t('meetings.defer')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The outcome the votes so far lead to, as the core will record it when the decision is taken now. */
function outcomeByVotes(meeting: Meeting, item: Item) {
  const preview = votePreview(meeting, item);
  const proposed = item.proposal?.proposedCents ?? 0;
  return preview.result === 'aangenomen'
    ? proposed === item.application.requestedCents
      ? 'toegekend'
      : 'deels_toegekend'
    : preview.result === 'verworpen'
      ? 'afgewezen'
      : 'aangehouden';
}
