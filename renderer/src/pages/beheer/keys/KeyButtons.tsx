import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconAlertOctagon, IconArrowBackUp, IconHistory, IconKey, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeyItem } from './types';

export interface KeyActions {
  handOut: (k: KeyItem) => void;
  takeBack: (k: KeyItem) => void;
  reportLost: (k: KeyItem) => void;
  edit: (k: KeyItem) => void;
}

/** What can happen to a key as it is now: take back or report lost when out, hand out when available. */
export function KeyButtons({
  item: k,
  actions,
  onHistory,
}: {
  item: KeyItem;
  actions?: KeyActions;
  onHistory: (k: KeyItem) => void;
}) {
  const { t } = useTranslation();
  return (
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
}
