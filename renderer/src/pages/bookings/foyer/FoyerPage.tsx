import { Portal } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../format';
import { useSession } from '../../../session/SessionContext';
import { FoyerFooter, FoyerHeader } from './FoyerFrame';
import { NextList, TodayList } from './FoyerLists';
import { useAppInert, useFoyerProgramme } from './useFoyerLayer';
import { useNow } from './useNow';
import { useOpenLine } from './useOpenLine';
import classes from './Foyer.module.css';

/**
 * "Vandaag in het huis" for a screen in the hall: over the whole app (no menu), the house, the time,
 * what is on now and later today, and what comes next. No renter names: the core leaves them out.
 * Rendered in a portal with the app behind it inert, so keyboard and screen reader stay on this layer;
 * when the session locks, the layer steps aside for the lock screen.
 */
export function FoyerPage() {
  const { t } = useTranslation();
  const { phase } = useSession();
  const locked = phase.kind === 'ready' && phase.locked;
  const now = useNow();
  const today = now.slice(0, 10);
  const foyer = useFoyerProgramme();
  const openLine = useOpenLine(today, now);
  useDocumentTitle(`${t('foyer.title')} · Wijkhuis`);
  useAppInert(!locked);

  if (locked) return null;

  // Between reloads, activities that ended drop off by the clock on the wall.
  const todayItems = (foyer.data?.today ?? []).filter((i) => i.end.slice(0, 16) > now.slice(0, 16));
  const nextItems = foyer.data?.next ?? [];
  const updatedAt = foyer.data ? formatTime(foyer.data.now.slice(11)) : '';

  return (
    <Portal>
      <main className={classes.layer} aria-labelledby="foyer-title">
        <FoyerHeader now={now} openLine={openLine} />

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

        <FoyerFooter stale={Boolean(foyer.error)} updatedAt={updatedAt} />
      </main>
    </Portal>
  );
}
