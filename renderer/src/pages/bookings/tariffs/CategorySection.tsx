import type { ReactNode } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Category, Tariff, Validity } from './tariffForm';
import { TariffsTable } from './TariffsTable';
import { CategoryActions, CategoryTitle } from './CategoryHeader';

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
          <CategoryTitle category={category} titleId={titleId} />
          {(onEdit || onAddTariff) && <CategoryActions category={category} onEdit={onEdit} onAddTariff={onAddTariff} />}
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
