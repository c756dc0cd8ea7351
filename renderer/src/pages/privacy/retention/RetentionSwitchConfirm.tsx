import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../notify';

/** Switching the job on anonymises at once what the preview shows, so it asks first; switching off too. */
export function RetentionSwitchConfirm({
  to,
  previewCount,
  onClose,
  onSwitched,
}: {
  /** null: the dialog is closed. */
  to: 'on' | 'off' | null;
  previewCount: number;
  onClose: () => void;
  onSwitched: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={to !== null}
      onClose={onClose}
      title={to === 'on' ? t('privacy.retention.enableTitle') : t('privacy.retention.disable')}
      confirmLabel={to === 'on' ? t('privacy.retention.enable') : t('privacy.retention.disable')}
      danger={to === 'on'}
      onConfirm={async () => {
        const result = await call('privacy.setRetentionJob', { enabled: to === 'on' });
        notifySuccess(
          to === 'on' ? t('privacy.retention.enabled', { count: result.anonymised }) : t('privacy.retention.disabled'),
        );
        onSwitched();
      }}
    >
      <Text>
        {to === 'on' ? t('privacy.retention.enableConfirm', { count: previewCount }) : t('privacy.retention.onHelp')}
      </Text>
    </ConfirmModal>
  );
}
