import { notifications } from '@mantine/notifications';
import i18n from './i18n';

/** Notifications with a named close button (screen readers announce "Sluiten", not "button"). */
function show(color: 'green' | 'red', message: string, title?: string, autoClose?: number): void {
  notifications.show({ color, message, title, autoClose, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}

export function notifySuccess(message: string, options: { title?: string; autoClose?: number } = {}): void {
  show('green', message, options.title, options.autoClose);
}

export function notifyError(message: string, title = i18n.t('common.failed')): void {
  show('red', message, title);
}
