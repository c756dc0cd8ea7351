import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';

type Closure = Output<'closures.list'>[number];

export function DeleteClosureModal({
  closure,
  onClose,
  onDeleted,
}: {
  closure: Closure | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ConfirmModal
      opened={closure !== null}
      onClose={onClose}
      title={t('closures.deleteTitle')}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={async () => {
        if (!closure) return;
        await call('closures.delete', { id: closure.id });
        notifySuccess(t('closures.deleted'));
        onDeleted();
      }}
    >
      {closure && (
        <Text>
          {t('closures.deleteConfirm', {
            reason: closure.reason,
            period: f.dateRange(closure.startDate, closure.endDate),
          })}
        </Text>
      )}
    </ConfirmModal>
  );
}
