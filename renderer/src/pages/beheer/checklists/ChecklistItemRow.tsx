import { ActionIcon, Badge, Group, Switch, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from './ChecklistForm';

/** A switched-off point stays in the list, struck through, so it can be switched on again. */
function ItemLabel({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Text c={item.active ? undefined : 'dimmed'} td={item.active ? undefined : 'line-through'}>
        {item.label}
      </Text>
      {!item.active && (
        <Badge color="gray" variant="light">
          {t('checklists.off')}
        </Badge>
      )}
    </Group>
  );
}

/** One point in the beheerder's list: its text, then move, rename and the on/off switch. */
export function ChecklistItemRow({
  item,
  first,
  last,
  saving,
  switching,
  onMove,
  onRename,
  onToggle,
}: {
  item: ChecklistItem;
  first: boolean;
  last: boolean;
  /** Any point is being saved: a move now could work on a stale order. */
  saving: boolean;
  switching: boolean;
  onMove: (by: -1 | 1) => void;
  onRename: () => void;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      py={4}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <ItemLabel item={item} />
      <Group gap={2} wrap="nowrap">
        <Tooltip label={t('checklists.up')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            disabled={first || saving}
            aria-label={t('checklists.upOne', { item: item.label })}
            onClick={() => onMove(-1)}
          >
            <IconArrowUp size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('checklists.down')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            disabled={last || saving}
            aria-label={t('checklists.downOne', { item: item.label })}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('checklists.rename')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('checklists.renameOne', { item: item.label })}
            onClick={onRename}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Switch
          ml="xs"
          checked={item.active}
          disabled={switching}
          onChange={onToggle}
          aria-label={t('checklists.activeOne', { item: item.label })}
        />
      </Group>
    </Group>
  );
}
