import type { ReactNode } from 'react';
import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Category, Tariff, Validity } from './tariffForm';
import { TariffsTable } from './TariffsTable';

interface CategorySectionProps {
  category: Category;
  tariffs: Tariff[];
  validity: Map<number, Validity>;
  /** Present for the beheerder only. */
  onEdit?: () => void;
  onAddTariff?: () => void;
  tariffActions?: (t: Tariff) => ReactNode;
}

/** One tariff category with its rates; a free category explains that its rates are never used. */
export function CategorySection({
  category,
  tariffs,
  validity,
  onEdit,
  onAddTariff,
  tariffActions,
}: CategorySectionProps) {
  const { t } = useTranslation();
  const titleId = `category-${category.id}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
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
          {(onEdit || onAddTariff) && (
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
          )}
        </Group>
        {category.free ? (
          <Text size="sm">{tariffs.length ? t('tariffs.freeWithTariffs') : t('tariffs.freeExplained')}</Text>
        ) : tariffs.length === 0 ? (
          <Text size="sm" c="orange.9">
            {t('tariffs.noTariffs')}
          </Text>
        ) : null}
        {tariffs.length > 0 && (
          <TariffsTable
            label={t('tariffs.tableLabel', { name: category.name })}
            tariffs={tariffs}
            validity={validity}
            actions={tariffActions}
          />
        )}
      </Stack>
    </Card>
  );
}
