import { useEffect, useId, useState } from 'react';
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
export function GuardedModal({ isDirty, onClose, closeOnEscape = true, id, ...props }: GuardedModalProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const ownId = useId();
  const modalId = id ?? `dialog-${ownId.replace(/:/g, '')}`;
  useFirstFieldFocus(props.opened, `${modalId}-body`);
  const requestClose = () => {
    if (isDirty?.()) setAsking(true);
    else onClose();
  };
  return (
    <>
      <Modal
        {...props}
        id={modalId}
        onClose={requestClose}
        // While the question is open, its own Escape ("no, keep it") must not reach this dialog.
        closeOnEscape={closeOnEscape && !asking}
        closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }}
      />
      <Modal
        opened={props.opened && asking}
        onClose={() => setAsking(false)}
        // Its Escape is handled below, on its own content: Mantine's listener on the window would also catch the
        // very Escape that opened the question, and close it at once.
        closeOnEscape={false}
        title={t('common.discardTitle')}
        size="sm"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md" onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}>
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

/**
 * The field marked data-autofocus has the focus once the dialog shows. Mantine's focus trap does this itself,
 * except for a dialog drawn ahead and kept hidden (the new booking's): it was still hidden when the trap looked,
 * and the focus stayed on the button behind it. So for a few frames, until the field can take it.
 */
function useFirstFieldFocus(opened: boolean, bodyId: string): void {
  useEffect(() => {
    if (!opened) return;
    let frames = 30;
    let handle = 0;
    const attempt = () => {
      const body = document.getElementById(bodyId);
      if (body?.contains(document.activeElement) && document.activeElement !== body) return;
      const field = body?.querySelector<HTMLElement>('[data-autofocus]');
      field?.focus();
      if (field && document.activeElement === field) return;
      if (--frames > 0) handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [opened, bodyId]);
}
