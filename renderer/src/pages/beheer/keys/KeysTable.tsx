import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { KeyButtons, type KeyActions } from './KeyButtons';
import { KeyKindIcon } from './KeyKindIcon';
import type { KeyItem } from './types';

const STATUS_COLOR = { beschikbaar: 'green', verloren: 'red', buiten_gebruik: 'gray' } as const;

/** The key's name with its kind, number and notes under it. */
function KeyLabel({ item: k }: { item: KeyItem }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <KeyKindIcon kind={k.kind} />
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {k.label}
        </Text>
        <Text size="xs" c="dimmed">
          {[t(`keys.kinds.${k.kind}`), k.code && t('keys.numberShort', { code: k.code })].filter(Boolean).join(' · ')}
        </Text>
        {k.notes && (
          <Text size="xs" c="dimmed">
            {k.notes}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

function Holder({ item }: { item: KeyItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!item.holder) {
    return (
      <Badge color={STATUS_COLOR[item.status]} variant="light">
        {t(`keys.statuses.${item.status}`)}
      </Badge>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {item.holder.holderName}
      </Text>
      <Text size="xs" c="dimmed">
        {t('keys.holderLine', {
          kind: t(`keys.holderKinds.${item.holder.holderKind}`),
          date: f.date(item.holder.handedOutOn),
        })}
      </Text>
    </Stack>
  );
}

/** The change buttons only for the beheerder (`actions`); the history for everyone. */
export function KeysTable({
  keys,
  actions,
  onHistory,
  empty,
}: {
  keys: KeyItem[];
  actions?: KeyActions;
  onHistory: (k: KeyItem) => void;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('keys.tableLabel')}
      minWidth={820}
      rows={keys}
      rowKey={(k) => k.id}
      empty={empty}
      columns={[
        { key: 'label', header: t('keys.label'), render: (k) => <KeyLabel item={k} /> },
        { key: 'holder', header: t('keys.holderNow'), render: (k) => <Holder item={k} /> },
        {
          key: 'actions',
          header: t('common.actions'),
          screenOnly: true,
          render: (k) => <KeyButtons item={k} actions={actions} onHistory={onHistory} />,
        },
      ]}
    />
  );
}
