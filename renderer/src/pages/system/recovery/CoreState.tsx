import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { Loading } from '../../../components/QueryState';
import { RecoveryPage } from './RecoveryPage';

export type CoreStatus = Output<'recovery.status'>;

const NORMAL: CoreStatus = { mode: 'normal', reason: null, dataDir: null };
const CoreStateContext = createContext<CoreStatus>(NORMAL);

/** Whether the core runs normally, read-only (a banner says so) or in recovery. */
export function useCoreState(): CoreStatus {
  return useContext(CoreStateContext);
}

/**
 * Asks the core first in which state it started. With a damaged database only the recovery screen
 * is shown (the rest of the API answers nothing then); once a backup is back, the normal app starts
 * with its login. An unreachable core falls through to the app, which says so itself.
 */
export function CoreStateGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CoreStatus | null>(null);
  useEffect(() => {
    call('recovery.status').then(setStatus, () => setStatus(NORMAL));
  }, []);
  if (!status) {
    return (
      <Center component="main" mih="100vh">
        <Loading label={t('app.starting')} />
      </Center>
    );
  }
  if (status.mode === 'recovery') return <RecoveryPage status={status} onRestored={() => setStatus(NORMAL)} />;
  return <CoreStateContext.Provider value={status}>{children}</CoreStateContext.Provider>;
}
