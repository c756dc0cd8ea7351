import { useState } from 'react';
import { Button, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { call } from '../../../api/client';
import { useItemCall } from './useItemCall';
import type { Item, Meeting } from './types';

type DeclarationsState = ReturnType<typeof useDeclarations>;

/**
 * Who may declare for whom (the secretary for anyone, a member only for themselves) and the declaration
 * being written; after a declaration the form starts again with the member it started with.
 */
function useDeclarations(meeting: Meeting, item: Item, onSaved: (m: Meeting) => void) {
  const itemCall = useItemCall();
  const open = !item.decided && (meeting.status === 'gepland' || meeting.status === 'geopend');
  const recorder = meeting.me?.canRecord ?? false;
  const myId = meeting.me?.memberId ?? null;
  const declared = new Set(item.declarations.map((d) => d.memberId));
  const choices = meeting.members.filter((m) => !declared.has(m.memberId) && (recorder || m.memberId === myId));
  const [memberId, setMemberId] = useState<string | null>(!recorder && myId ? String(myId) : null);
  const [reason, setReason] = useState('');

  const declare = () =>
    itemCall.run('declare', async () => {
      onSaved(await call('meetings.declare', { itemId: item.id, memberId: Number(memberId), reason }));
      setReason('');
      setMemberId(!recorder && myId ? String(myId) : null);
    });
  const withdraw = (id: number) =>
    itemCall.run(`withdraw-${id}`, async () =>
      onSaved(await call('meetings.withdrawDeclaration', { itemId: item.id, memberId: id })),
    );
  return {
    ...itemCall,
    open,
    recorder,
    myId,
    choices,
    mayDeclare: open && (recorder || myId !== null) && choices.length > 0,
    memberId,
    setMemberId,
    reason,
    setReason,
    declare,
    withdraw,
  };
}

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
  const declarations = useDeclarations(meeting, item, onSaved);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('meetings.declarations')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('meetings.declarationsHelp')}
      </Text>
      <FormAlert message={declarations.message} title={t('common.failed')} />
      {item.declarations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.noDeclarations')}
        </Text>
      ) : (
        <DeclarationList item={item} declarations={declarations} />
      )}
      {declarations.mayDeclare && <DeclarationForm declarations={declarations} />}
    </Stack>
  );
}

/** A reason as a sentence: one full stop at the end, not two when the member typed one ("Carnisse.. Neemt"). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function DeclarationList({ item, declarations: s }: { item: Item; declarations: DeclarationsState }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-8)" aria-hidden />}>
      {item.declarations.map((d) => (
        <List.Item key={d.memberId}>
          <Group gap="sm">
            <Text size="sm">
              <strong>{d.name}</strong>: {sentence(d.reason)} {t('meetings.leavesCount')}
            </Text>
            {s.open && (s.recorder || d.memberId === s.myId) && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                loading={s.busy === `withdraw-${d.memberId}`}
                onClick={() => s.withdraw(d.memberId)}
              >
                {t('meetings.withdrawDeclaration')}
              </Button>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function DeclarationForm({ declarations: s }: { declarations: DeclarationsState }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="sm">
      <Select
        label={t('meetings.declaringMember')}
        data={s.choices.map((m) => ({ value: String(m.memberId), label: m.name }))}
        value={s.memberId}
        onChange={s.setMemberId}
        disabled={!s.recorder}
        error={s.errors.memberId}
        w={220}
      />
      <TextInput
        label={t('meetings.declarationReason')}
        value={s.reason}
        onChange={(e) => s.setReason(e.currentTarget.value)}
        error={s.errors.reason}
        style={{ flex: 1, minWidth: 240 }}
      />
      <Button
        mt={25}
        variant="light"
        color="orange"
        disabled={!s.memberId}
        loading={s.busy === 'declare'}
        onClick={s.declare}
      >
        {t('meetings.declare')}
      </Button>
    </Group>
  );
}
