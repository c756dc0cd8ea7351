import { useState } from 'react';
import { Alert, Button, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useItemCall } from './useItemCall';
import type { Item, Meeting } from './types';

/** Conflict-of-interest declarations: a member who declares leaves the count for this item. */
export function Declarations({
  meeting,
  item,
  onSaved,
}: {
  meeting: Meeting;
  item: Item;
  onSaved: (m: Meeting) => void;
}) {
  const { t } = useTranslation();
  const { busy, errors, message, run } = useItemCall();
  const open = !item.decided && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const recorder = meeting.me?.canRecord ?? false;
  const myId = meeting.me?.memberId ?? null;
  const declared = new Set(item.declarations.map((d) => d.memberId));
  const choices = meeting.members.filter((m) => !declared.has(m.memberId) && (recorder || m.memberId === myId));
  const [memberId, setMemberId] = useState<string | null>(!recorder && myId ? String(myId) : null);
  const [reason, setReason] = useState('');
  const mayDeclare = open && (recorder || myId !== null) && choices.length > 0;

  const declare = () =>
    run('declare', async () => {
      onSaved(await call('meetings.declare', { itemId: item.id, memberId: Number(memberId), reason }));
      setReason('');
      setMemberId(!recorder && myId ? String(myId) : null);
    });
  const withdraw = (id: number) =>
    run(`withdraw-${id}`, async () =>
      onSaved(await call('meetings.withdrawDeclaration', { itemId: item.id, memberId: id })),
    );

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.declarations')}
      </Title>
      {message && (
        <Alert color="red" variant="light" role="alert" title={t('common.failed')}>
          {message}
        </Alert>
      )}
      {item.declarations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.noDeclarations')}
        </Text>
      ) : (
        <List spacing={4} icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-8)" aria-hidden />}>
          {item.declarations.map((d) => (
            <List.Item key={d.memberId}>
              <Group gap="sm">
                <Text size="sm">
                  <strong>{d.name}</strong>: {d.reason}. {t('meetings.leavesCount')}
                </Text>
                {open && (recorder || d.memberId === myId) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={busy === `withdraw-${d.memberId}`}
                    onClick={() => withdraw(d.memberId)}
                  >
                    {t('meetings.withdrawDeclaration')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {mayDeclare && (
        <Group align="flex-start" gap="sm">
          <Select
            label={t('meetings.declaringMember')}
            data={choices.map((m) => ({ value: String(m.memberId), label: m.name }))}
            value={memberId}
            onChange={setMemberId}
            disabled={!recorder}
            error={errors.memberId}
            w={220}
          />
          <TextInput
            label={t('meetings.declarationReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button
            mt={25}
            variant="light"
            color="orange"
            disabled={!memberId}
            loading={busy === 'declare'}
            onClick={declare}
          >
            {t('meetings.declare')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
