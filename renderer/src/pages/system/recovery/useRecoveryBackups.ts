import { useEffect, useState } from 'react';
import { call, type ApiCallError } from '../../../api/client';
import { toApiCallError } from '../../../hooks/useApi';
import type { CheckedBackup } from './BackupChoice';

/**
 * The backups as the core verified them, loaded by hand: the recovery screen stands outside the session
 * that useApi needs. The newest good one goes to `choose` (keep it stable: it reloads the list).
 */
export function useRecoveryBackups(choose: (name: string) => void) {
  const [backups, setBackups] = useState<CheckedBackup[] | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    call('recovery.backups').then(
      (list) => {
        if (!live) return;
        setBackups(list);
        const recommended = list.find((b) => b.recommended);
        if (recommended) choose(recommended.name);
      },
      (error: unknown) => live && setLoadError(toApiCallError(error)),
    );
    return () => {
      live = false;
    };
  }, [attempt, choose]);

  const retry = () => {
    setLoadError(null);
    setAttempt((n) => n + 1);
  };
  return { backups, loadError, retry };
}
