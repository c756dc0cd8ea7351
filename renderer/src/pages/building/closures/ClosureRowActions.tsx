import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';

type Closure = Output<'closures.list'>[number];

export function ClosureRowActions({
  closure,
  onEdit,
  onDelete,
}: {
  closure: Closure;
  onEdit: (c: Closure) => void;
  onDelete: (c: Closure) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('closures.editOne', { reason: closure.reason })}
          onClick={() => onEdit(closure)}
        >
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('common.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('closures.deleteOne', { reason: closure.reason })}
          onClick={() => onDelete(closure)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
