import { createElement } from 'react';
import { notifications } from '@mantine/notifications';
import i18n from './i18n';
import { UndoMessage } from './components/UndoMessage';

/** Notifications with a named close button (screen readers announce "Sluiten", not "button"). */
function show(color: 'green' | 'red', message: string, title?: string, autoClose?: number): void {
  notifications.show({ color, message, title, autoClose, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}

export function notifySuccess(message: string, options: { title?: string; autoClose?: number } = {}): void {
  show('green', message, options.title, options.autoClose);
}

/**
 * A success that can be taken back: the message with an "Ongedaan maken" button, for longer than a plain
 * success so there is time to reach it. The button closes the message and runs `onUndo`.
 */
export function notifyUndoable(message: string, undoLabel: string, onUndo: () => void): void {
  const id = notifications.show({
    color: 'green',
    autoClose: 10_000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
    message: createElement(UndoMessage, {
      message,
      undoLabel,
      onUndo: () => {
        notifications.hide(id);
        onUndo();
      },
    }),
  });
}

export function notifyError(message: string, title = i18n.t('common.failed')): void {
  show('red', message, title);
}
