import { ActionIcon, Badge, Button, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Category } from './tariffForm';

/** The category's name (the section's heading), whether it is free or inactive, and what it is for. */
export function CategoryTitle({ category, titleId }: { category: Category; titleId: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Group gap="xs">
        <Title order={2} size="h3" id={titleId}>
          {category.name}
        </Title>
        {category.free && (
          <Badge variant="light" color="green">
            {t('tariffs.freeBadge')}
          </Badge>
        )}
        {!category.active && (
          <Badge variant="light" color="gray">
            {t('tariffs.inactiveBadge')}
          </Badge>
        )}
      </Group>
      {category.description && (
        <Text size="sm" c="dimmed">
          {category.description}
        </Text>
      )}
    </div>
  );
}

/** Editing the category and adding a rate to it; a free category gets no rates. */
export function CategoryActions({
  category,
  onEdit,
  onAddTariff,
}: {
  category: Category;
  onEdit?: () => void;
  onAddTariff?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {onEdit && (
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('tariffs.editCategoryOne', { name: category.name })}
            onClick={onEdit}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      {onAddTariff && !category.free && (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAddTariff}
          aria-label={t('tariffs.addTariffFor', { name: category.name })}
        >
          {t('tariffs.addTariff')}
        </Button>
      )}
    </Group>
  );
}
