import { useEffect, useMemo } from 'react';
import { Portal } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../hooks/useApi';
import { useSession } from '../../../session/SessionContext';
import { sessionState } from '../shared/sessionState';
import { TallyBands } from './TallyBands';
import { TallyHeader } from './TallyHeader';
import { useBigBands } from './useBigBands';
import { useTally } from './useTally';
import { useKeyboardInUse, useTallyKeys } from './useTallyKeys';
import classes from './Tally.module.css';

/** The app behind a full-screen layer is made inert, so Tab and screen readers stay on the counter. */
function useInertApp(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const root = document.getElementById('root');
    if (!root) return;
    root.inert = true;
    return () => {
      root.inert = false;
    };
  }, [active]);
}

/** The full-screen tally counter for one session: +1 per age band, −1 to correct, the server's total. */
export function TallyCounter({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const { phase } = useSession();
  const locked = phase.kind === 'ready' && phase.locked;
  const loaded = useApi('attendance.session', { id: sessionId });
  const bands = useApi('activities.ageBands', {});
  const { latest, pending, error, press } = useTally(sessionId);
  const session = latest ?? loaded.data;
  const big = useBigBands(loaded.data);
  const keyboard = useKeyboardInUse();
  useDocumentTitle(`${t('tally.title')} · Wijkhuis`);
  useInertApp(!locked);

  const bandList = useMemo(() => bands.data ?? [], [bands.data]);
  useTallyKeys(bandList, press);

  // When the session locks, the layer steps aside for the lock screen; every click is saved already.
  if (locked) return null;
  const state = session ? sessionState(session) : null;
  const canCount = state === 'open' || state === 'counted';
  const problem =
    error ??
    (loaded.error && !session ? loaded.error.message : null) ??
    (session && !canCount ? (state === 'cancelled' ? t('attendance.whyCancelled') : t('attendance.whyFuture')) : null);

  return (
    <Portal>
      <main className={classes.layer} aria-labelledby="tally-title">
        <TallyHeader session={session} />
        {problem && (
          <p className={classes.error} role="alert">
            {problem}
          </p>
        )}
        {session && canCount && (
          <TallyBands
            bands={bandList}
            big={big}
            session={session}
            pending={pending}
            press={press}
            showKeys={keyboard}
          />
        )}
        {keyboard && (
          <footer className={classes.bottom}>
            <p className={classes.hint}>{t('tally.keyHint', { last: Math.min(bandList.length, 9) })}</p>
          </footer>
        )}
      </main>
    </Portal>
  );
}
