import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type GuardedModalProps = ModalProps & {
  /** Whether something was typed that closing would lose; then Escape and the close button ask first. */
  isDirty?: () => boolean;
};

/**
 * A dialog that does not throw away what was typed without asking. Escape meant for an open date picker or list
 * no longer reaches the dialog (DateField and Mantine's lists mark themselves), and a close by Escape or the
 * close button while there is unsaved input asks "Wat je invulde weggooien?" first. "Annuleren" in the dialog
 * itself is the user's own choice to stop, and closes at once.
 */
export function GuardedModal({ isDirty, onClose, closeOnEscape = true, ...props }: GuardedModalProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const requestClose = () => {
    if (isDirty?.()) setAsking(true);
    else onClose();
  };
  return (
    <>
      <Modal
        {...props}
        onClose={requestClose}
        // While the question is open, its own Escape ("no, keep it") must not reach this dialog.
        closeOnEscape={closeOnEscape && !asking}
        closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }}
      />
      <Modal
        opened={props.opened && asking}
        onClose={() => setAsking(false)}
        title={t('common.discardTitle')}
        size="sm"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('common.discardText')}</Text>
          <Group justify="flex-end">
            <Button
              color="red"
              variant="light"
              onClick={() => {
                setAsking(false);
                onClose();
              }}
            >
              {t('common.discard')}
            </Button>
            <Button data-autofocus onClick={() => setAsking(false)}>
              {t('common.keepEditing')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
