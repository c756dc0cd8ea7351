import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../notify';
import type { Tariff } from './tariffForm';
import { useDescribeTariff } from './useDescribeTariff';

export function DeleteTariffModal({
  tariff,
  onClose,
  onDeleted,
}: {
  tariff: Tariff | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeTariff();
  return (
    <ConfirmModal
      opened={tariff !== null}
      onClose={onClose}
      title={t('tariffs.deleteTitle')}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={async () => {
        if (!tariff) return;
        await call('tariffs.delete', { id: tariff.id });
        notifySuccess(t('tariffs.deleted'));
        onDeleted();
      }}
    >
      {tariff && (
        <Stack gap="xs">
          <Text>{t('tariffs.deleteConfirm', { tariff: describe(tariff) })}</Text>
          <Text size="sm">{t('tariffs.keepPrices')}</Text>
        </Stack>
      )}
    </ConfirmModal>
  );
}
