import { useState } from 'react';
import { notifyError, notifySuccess } from '../notify';

/**
 * For buttons that do one thing (archive, make a backup): tracks which one is busy and reports the
 * outcome as a notification, since there is no form to put an error next to.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);

  async function run<R>(key: string, action: () => Promise<R>, success?: string): Promise<R | undefined> {
    setBusy(key);
    try {
      const result = await action();
      if (success) notifySuccess(success);
      return result;
    } catch (error) {
      notifyError(error instanceof Error ? error.message : String(error));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return { busy, run };
}
