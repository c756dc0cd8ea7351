import { useEffect, useState } from 'react';
import { Portal } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatInterval, formatTime } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useMe, useSession } from '../../../session/SessionContext';
import { NextList, TodayList } from './FoyerLists';
import { useNow } from './useNow';
import classes from './Foyer.module.css';

const REFRESH_MS = 60_000;

/** Open until when, or why closed, in one short line for the hall. */
function useOpenLine(today: string, now: string): string {
  const { t } = useTranslation();
  const days = useApi('calendar.days', { date: today, days: 1 });
  const day = days.data?.[0];
  if (!day) return '';
  if (day.closedBecause) return t('foyer.closedBecause', { reason: day.closedBecause });
  const clock = now.slice(11, 16);
  const current = day.open.find((i) => i.start <= clock && clock < i.end);
  if (current) return t('foyer.openUntil', { time: formatTime(current.end) });
  const next = day.open.find((i) => i.start > clock);
  if (next) return t('foyer.opensAt', { time: formatTime(next.start) });
  return day.open.length
    ? t('foyer.closedNow', { hours: day.open.map(formatInterval).join(', ') })
    : t('foyer.closedToday');
}

/**
 * "Vandaag in het huis" for a screen in the hall: over the whole app (no menu), the house, the time,
 * what is on now and later today, and what comes next. No renter names: the core leaves them out.
 * Rendered in a portal with the app behind it inert, so keyboard and screen reader stay on this layer;
 * when the session locks, the layer steps aside for the lock screen.
 */
export function FoyerPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { buildingName } = useMe();
  const { phase } = useSession();
  const locked = phase.kind === 'ready' && phase.locked;
  const now = useNow();
  const today = now.slice(0, 10);
  const foyer = useApi('bookings.foyer', {});
  const openLine = useOpenLine(today, now);
  useDocumentTitle(`${t('foyer.title')} · Wijkhuis`);

  // The programme changes during the day (new bookings, ended activities): reload every minute.
  const { reload } = foyer;
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  useEffect(() => {
    if (locked) return;
    const root = document.getElementById('root');
    if (!root) return;
    root.inert = true;
    return () => {
      root.inert = false;
    };
  }, [locked]);

  if (locked) return null;

  // Between reloads, activities that ended drop off by the clock on the wall.
  const todayItems = (foyer.data?.today ?? []).filter((i) => i.end.slice(0, 16) > now.slice(0, 16));
  const nextItems = foyer.data?.next ?? [];
  const updatedAt = foyer.data ? formatTime(foyer.data.now.slice(11)) : '';

  return (
    <Portal>
      <main className={classes.layer} aria-labelledby="foyer-title">
        <header className={classes.top}>
          <div>
            <h1 className={classes.house} id="foyer-title">
              {buildingName || t('app.name')}
            </h1>
            <p className={classes.subtitle}>{t('foyer.title')}</p>
          </div>
          <div className={classes.clockBox}>
            <p className={classes.clock}>
              <time dateTime={now.slice(0, 16)}>{now.slice(11, 16)}</time>
            </p>
            <p className={classes.date}>{f.dateLong(today)}</p>
            {openLine && <p className={classes.date}>{openLine}</p>}
          </div>
        </header>

        <div className={classes.columns}>
          <section aria-labelledby="foyer-today">
            <h2 className={classes.heading} id="foyer-today">
              {t('foyer.today')}
            </h2>
            {!foyer.data && !foyer.error ? (
              <p className={classes.emptyHelp}>{t('common.loading')}</p>
            ) : todayItems.length ? (
              <TodayList items={todayItems} now={now.slice(0, 16)} />
            ) : (
              <>
                <p className={classes.empty}>{t('foyer.emptyToday')}</p>
                <p className={classes.emptyHelp}>{nextItems.length ? t('foyer.emptyTodayNext') : t('foyer.welcome')}</p>
              </>
            )}
          </section>
          {nextItems.length > 0 && (
            <section aria-labelledby="foyer-next">
              <h2 className={classes.heading} id="foyer-next">
                {t('foyer.next')}
              </h2>
              <NextList items={nextItems} />
            </section>
          )}
        </div>

        <footer className={classes.bottom}>
          <div className={classes.actions}>
            <Link to="/">{t('foyer.back')}</Link>
            <FullscreenButton />
          </div>
          <span role="status">
            {foyer.error ? t('foyer.stale') : updatedAt && t('foyer.updatedAt', { time: updatedAt })}
          </span>
        </footer>
      </main>
    </Portal>
  );
}

/** On a television the browser or app window should fill the screen; one press does it. */
function FullscreenButton() {
  const { t } = useTranslation();
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      onClick={() =>
        void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)
      }
    >
      {full ? t('foyer.exitFullscreen') : t('foyer.fullscreen')}
    </button>
  );
}
