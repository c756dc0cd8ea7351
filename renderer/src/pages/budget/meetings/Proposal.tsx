import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GrowingTextarea } from '../../../components/GrowingTextarea';
import { FormAlert } from '../../../components/FormAlert';
import { call } from '../../../api/client';
import { MoneyInput, centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { useFormat } from '../../../hooks/useFormat';
import { useItemCall } from './useItemCall';
import type { Item, Meeting } from './types';

/** The proposal voted on: the amount (at most the requested amount, the round's maximum and what remains) and conditions. */
export function Proposal({ meeting, item, onSaved }: { meeting: Meeting; item: Item; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, errors, message, run } = useItemCall();
  const recorder = meeting.me?.canRecord ?? false;
  const open = !item.decided && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const [amount, setAmount] = useState<MoneyValue>(
    centsToEuros(item.proposal?.proposedCents ?? item.application.requestedCents),
  );
  const [conditions, setConditions] = useState(item.proposal?.conditions ?? '');

  const save = () =>
    run('propose', async () => {
      const cents = eurosToCents(amount);
      onSaved(await call('meetings.propose', { itemId: item.id, proposedCents: cents as number, conditions }));
    });

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.proposal')}
      </Title>
      {item.proposal ? (
        <Text size="sm">
          {t('meetings.proposalIs', {
            amount: f.money(item.proposal.proposedCents),
            requested: f.money(item.application.requestedCents),
          })}
          {item.proposal.proposedCents < item.application.requestedCents && ` ${t('meetings.partial')}`}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('meetings.noProposal')}
        </Text>
      )}
      {item.proposal?.conditions && !(recorder && open) && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <strong>{t('meetings.conditions')}:</strong> {item.proposal.conditions}
        </Text>
      )}
      {recorder && open && (
        <>
          <FormAlert message={message} title={null} />
          <Group align="flex-start" gap="sm">
            <MoneyInput
              label={t('meetings.proposedAmount')}
              withAsterisk
              value={amount}
              onChange={setAmount}
              error={errors.proposedCents}
              description={t('meetings.proposedHelp', { requested: f.money(item.application.requestedCents) })}
              w={260}
            />
            <GrowingTextarea
              label={t('meetings.conditions')}
              description={t('meetings.conditionsHelp')}
              minRows={2}
              value={conditions}
              onChange={(e) => setConditions(e.currentTarget.value)}
              error={errors.conditions}
              style={{ flex: 1, minWidth: 260 }}
            />
          </Group>
          <Group>
            <Button variant="light" loading={busy === 'propose'} onClick={save}>
              {t('meetings.saveProposal')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
