import { useEffect, useMemo } from 'react';
import { Portal } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useSession } from '../../../session/SessionContext';
import { sessionState } from '../shared/sessionState';
import { BandCard } from './BandCard';
import { tallyKey, useTally } from './useTally';
import classes from './Tally.module.css';

/** Number keys 1–7 count bands 1–7 (0 is "onbekend"); more bands are counted by touch only. */
const MAX_KEYED = 9;

/** Digit1 / Numpad1 → 1: the code, not the key, because Shift turns "1" into "!". */
function digitOf(code: string): number | null {
  const m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  return m ? Number(m[1]) : null;
}

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
  const f = useFormat();
  const { phase } = useSession();
  const locked = phase.kind === 'ready' && phase.locked;
  const loaded = useApi('attendance.session', { id: sessionId });
  const bands = useApi('activities.ageBands', {});
  const { latest, pending, error, press } = useTally(sessionId);
  const session = latest ?? loaded.data;
  useDocumentTitle(`${t('tally.title')} · Wijkhuis`);
  useInertApp(!locked);

  const bandList = useMemo(() => bands.data ?? [], [bands.data]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
      const digit = digitOf(e.code);
      if (digit === null || digit > MAX_KEYED) return;
      const bandId = digit === 0 ? null : bandList[digit - 1]?.id;
      if (bandId === undefined) return;
      e.preventDefault();
      press(bandId, e.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bandList, press]);

  // When the session locks, the layer steps aside for the lock screen; every click is saved already.
  if (locked) return null;
  const state = session ? sessionState(session) : null;
  const canCount = state === 'open' || state === 'counted';
  const countOf = (bandId: number) => session?.counts?.bands.find((b) => b.bandId === bandId)?.count ?? 0;
  const when = session
    ? session.daypart
      ? `${f.date(session.date)} · ${t(`attendance.dayparts.${session.daypart as 'ochtend'}`)}`
      : f.wallClock(session.start)
    : '';

  return (
    <Portal>
      <main className={classes.layer} aria-labelledby="tally-title">
        <header className={classes.top}>
          <div>
            <h1 className={classes.title} id="tally-title">
              {session ? t('tally.heading', { name: session.activityName }) : t('tally.title')}
            </h1>
            <p className={classes.subtitle}>{when}</p>
          </div>
          <div className={classes.totalBox}>
            <p className={classes.totalLabel} id="tally-total-label">
              {t('tally.total')}
            </p>
            <p className={classes.total} aria-labelledby="tally-total-label" role="status" data-testid="tally-total">
              {session?.counts?.total ?? 0}
            </p>
          </div>
        </header>

        {error && (
          <p className={classes.error} role="alert">
            {error}
          </p>
        )}
        {loaded.error && !session && (
          <p className={classes.error} role="alert">
            {loaded.error.message}
          </p>
        )}
        {session && !canCount && (
          <p className={classes.error} role="alert">
            {state === 'cancelled' ? t('attendance.whyCancelled') : t('attendance.whyFuture')}
          </p>
        )}

        {session && canCount && (
          <div className={classes.grid} role="group" aria-label={t('tally.bandsLabel')}>
            {bandList.map((b, i) => (
              <BandCard
                key={b.id}
                label={b.label}
                count={countOf(b.id)}
                shortcut={i < MAX_KEYED ? String(i + 1) : undefined}
                busyPlus={pending.has(tallyKey(b.id, 1))}
                busyMinus={pending.has(tallyKey(b.id, -1))}
                onPress={(delta) => press(b.id, delta)}
              />
            ))}
            <BandCard
              unknown
              label={t('tally.unknown')}
              count={session.counts?.unknown ?? 0}
              shortcut="0"
              busyPlus={pending.has(tallyKey(null, 1))}
              busyMinus={pending.has(tallyKey(null, -1))}
              onPress={(delta) => press(null, delta)}
            />
          </div>
        )}

        <footer className={classes.bottom}>
          <p className={classes.hint}>{t('tally.keyHint')}</p>
          <Link to="/tellingen">{t('tally.done')}</Link>
        </footer>
      </main>
    </Portal>
  );
}
