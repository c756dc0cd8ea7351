import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertOctagon, IconArrowBackUp, IconHistory, IconKey, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { KeyKindIcon } from './KeyKindIcon';
import type { KeyItem } from './types';

export interface KeyActions {
  handOut: (k: KeyItem) => void;
  takeBack: (k: KeyItem) => void;
  reportLost: (k: KeyItem) => void;
  edit: (k: KeyItem) => void;
}

const STATUS_COLOR = { beschikbaar: 'green', verloren: 'red', buiten_gebruik: 'gray' } as const;

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
  const buttons = (k: KeyItem) => (
    <Group gap={4} wrap="nowrap">
      {actions && k.holder && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => actions.takeBack(k)}
          aria-label={t('keys.takeBackOne', { label: k.label })}
        >
          {t('keys.takeBack')}
        </Button>
      )}
      {actions && !k.holder && k.status === 'beschikbaar' && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => actions.handOut(k)}
          aria-label={t('keys.handOutOne', { label: k.label })}
        >
          {t('keys.handOut')}
        </Button>
      )}
      {actions && k.holder && (
        <Tooltip label={t('keys.reportLost')}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('keys.reportLostOne', { label: k.label })}
            onClick={() => actions.reportLost(k)}
          >
            <IconAlertOctagon size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      {actions && (
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('keys.editOne', { label: k.label })}
            onClick={() => actions.edit(k)}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label={t('keys.history')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('keys.historyOne', { label: k.label })}
          onClick={() => onHistory(k)}
        >
          <IconHistory size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
  return (
    <DataTable
      label={t('keys.tableLabel')}
      minWidth={820}
      rows={keys}
      rowKey={(k) => k.id}
      empty={empty}
      columns={[
        {
          key: 'label',
          header: t('keys.label'),
          render: (k) => (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <KeyKindIcon kind={k.kind} />
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {k.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {[t(`keys.kinds.${k.kind}`), k.code && t('keys.numberShort', { code: k.code })]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {k.notes && (
                  <Text size="xs" c="dimmed">
                    {k.notes}
                  </Text>
                )}
              </Stack>
            </Group>
          ),
        },
        { key: 'holder', header: t('keys.holderNow'), render: (k) => <Holder item={k} /> },
        { key: 'actions', header: t('common.actions'), screenOnly: true, render: buttons },
      ]}
    />
  );
}
