import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';

interface ConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  /** Throws to keep the dialog open with the error shown in it. */
  onConfirm: () => Promise<void>;
  danger?: boolean;
  children: ReactNode;
}

/** "Are you sure?" for actions that are hard to undo; the core's refusal is shown inside the dialog, above its buttons. */
export function ConfirmModal({ opened, onClose, title, confirmLabel, onConfirm, danger, children }: ConfirmModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        {children}
        <FormAlert message={error} title={t('common.failed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} loading={busy} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
