import { Alert, List } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** How the core turns a booking into a price (db/modules/bookings/tariffs.ts priceFor), in the beheerder's words. */
export function PriceRules() {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="wijk" icon={<IconInfoCircle aria-hidden />} title={t('tariffs.rulesTitle')}>
      <List size="sm" spacing={4}>
        <List.Item>{t('tariffs.ruleHourly')}</List.Item>
        <List.Item>{t('tariffs.ruleDaypart')}</List.Item>
        <List.Item>{t('tariffs.ruleRoom')}</List.Item>
        <List.Item>{t('tariffs.ruleFree')}</List.Item>
        <List.Item>{t('tariffs.ruleKeep')}</List.Item>
      </List>
    </Alert>
  );
}
