import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Tariff } from './tariffForm';
import { useDescribeTariff } from './useDescribeTariff';

export function TariffRowActions({
  tariff,
  onEdit,
  onDelete,
}: {
  tariff: Tariff;
  onEdit: (tariff: Tariff) => void;
  onDelete: (tariff: Tariff) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeTariff();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('tariffs.editOne', { tariff: describe(tariff) })}
          onClick={() => onEdit(tariff)}
        >
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('common.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('tariffs.deleteOne', { tariff: describe(tariff) })}
          onClick={() => onDelete(tariff)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
