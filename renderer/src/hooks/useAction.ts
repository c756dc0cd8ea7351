import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/**
 * For buttons that do one thing (archive, make a backup): tracks which one is busy and reports the
 * outcome as a notification, since there is no form to put an error next to.
 */
export function useAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  async function run<R>(key: string, action: () => Promise<R>, success?: string): Promise<R | undefined> {
    setBusy(key);
    try {
      const result = await action();
      if (success) notifications.show({ color: 'green', message: success });
      return result;
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.failed'), message: error instanceof Error ? error.message : String(error) });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return { busy, run };
}
