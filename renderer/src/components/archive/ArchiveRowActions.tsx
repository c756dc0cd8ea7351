import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { Action } from '../../hooks/useAction';
import type { Archivable, ArchiveKind } from './kinds';

/**
 * The row buttons of a list with archiving (rooms, renters; the core's archiveMethods): an active item is edited or
 * archived, an archived one can only be brought back. `restore` is the list's action: the list places its `alert`
 * under the table, so a refused restore shows there rather than in a table cell or the corner.
 */
export function ArchiveRowActions<T extends Archivable>({
  kind,
  item,
  canEdit = true,
  onEdit,
  onArchive,
  onRestored,
  restore,
}: {
  kind: ArchiveKind;
  item: T;
  canEdit?: boolean;
  onEdit: (item: T) => void;
  onArchive: (item: T) => void;
  onRestored: () => void;
  restore: Action;
}) {
  const { t } = useTranslation();
  if (!item.active) return <RestoreButton kind={kind} item={item} onRestored={onRestored} action={restore} />;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t(`${kind}.editOne`, { name: item.name })}
          onClick={() => onEdit(item)}
          disabled={!canEdit}
        >
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t(`${kind}.archive`)}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t(`${kind}.archiveOne`, { name: item.name })}
          onClick={() => onArchive(item)}
        >
          <IconArchive size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function RestoreButton({
  kind,
  item,
  onRestored,
  action,
}: {
  kind: ArchiveKind;
  item: Archivable;
  onRestored: () => void;
  action: Action;
}) {
  const { t } = useTranslation();
  const { busy, run } = action;
  const restore = () =>
    run(
      `restore-${item.id}`,
      async () => {
        await call(`${kind}.restore`, { id: item.id });
        onRestored();
      },
      t(`${kind}.restored`, { name: item.name }),
    );
  return (
    <Button
      variant="light"
      size="xs"
      leftSection={<IconArrowBackUp size={16} aria-hidden />}
      loading={busy === `restore-${item.id}`}
      onClick={() => void restore()}
      aria-label={t(`${kind}.restoreOne`, { name: item.name })}
    >
      {t(`${kind}.restore`)}
    </Button>
  );
}
