import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Adding a category, and a rate once there is a category to put it in. */
export function TariffsHeaderActions({
  onAddCategory,
  onAddTariff,
  canAddTariff,
}: {
  onAddCategory: () => void;
  onAddTariff: () => void;
  canAddTariff: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={onAddCategory}>
        {t('tariffs.addCategory')}
      </Button>
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onAddTariff} disabled={!canAddTariff}>
        {t('tariffs.addTariff')}
      </Button>
    </>
  );
}
