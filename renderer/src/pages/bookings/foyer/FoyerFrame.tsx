import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import classes from './Foyer.module.css';

/** The house's name, and the time, date and opening hours as a clock on the wall. */
export function FoyerHeader({ now, openLine }: { now: string; openLine: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { buildingName } = useMe();
  return (
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
        <p className={classes.date}>{f.dateLong(now.slice(0, 10))}</p>
        {openLine && <p className={classes.date}>{openLine}</p>}
      </div>
    </header>
  );
}

/** The way back to the app, full screen, and how fresh the programme is. */
export function FoyerFooter({ stale, updatedAt }: { stale: boolean; updatedAt: string }) {
  const { t } = useTranslation();
  return (
    <footer className={classes.bottom}>
      <div className={classes.actions}>
        <Link to="/">{t('foyer.back')}</Link>
        <FullscreenButton />
      </div>
      <span role="status">{stale ? t('foyer.stale') : updatedAt && t('foyer.updatedAt', { time: updatedAt })}</span>
    </footer>
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
