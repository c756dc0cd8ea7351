import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { Session } from '../shared/sessionState';
import classes from './Tally.module.css';

/** The activity and when it is on, the server's total big enough to read from across the room, and "Klaar". */
export function TallyHeader({ session }: { session: Session | undefined | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const when = session
    ? session.daypart
      ? `${f.date(session.date)} · ${t(`attendance.dayparts.${session.daypart as 'ochtend'}`)}`
      : f.wallClock(session.start)
    : '';
  return (
    <header className={classes.top}>
      <div className={classes.heading}>
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
      {/* At the top, beside the total: reachable without scrolling on any screen, and where a tablet puts "done". */}
      <Link className={classes.done} to="/tellingen">
        {t('tally.done')}
      </Link>
    </header>
  );
}
