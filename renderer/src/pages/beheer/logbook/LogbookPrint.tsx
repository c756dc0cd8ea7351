import { useTranslation } from 'react-i18next';
import { PrintHeader } from '../../../components/PrintHeader';
import { useWeekLabel } from '../../../components/weekLabel';
import { addDays, formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { capitalizeFirst, groupByDay } from './dayparts';
import type { Entry } from './EntryModal';
import classes from './LogbookPrint.module.css';

/** "Week afdrukken": every day of the week on A4, also the quiet ones, so the paper shows nothing is missing. */
export function LogbookPrint({ monday, entries }: { monday: string; entries: readonly Entry[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const weekLabel = useWeekLabel();
  const byDay = new Map(groupByDay(entries).map((d) => [d.date, d.parts]));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return (
    <div className="print-only">
      <PrintHeader title={`${t('nav.logbook')} · ${weekLabel(monday)}`} />
      {days.map((date) => {
        const parts = byDay.get(date) ?? [];
        return (
          <section key={date} className={classes.day}>
            <h2>{capitalizeFirst(f.dateLong(date))}</h2>
            {parts.length === 0 ? (
              <p className={classes.none}>{t('logbook.printNothing')}</p>
            ) : (
              <table className={classes.table}>
                <thead>
                  <tr>
                    <th className={classes.part}>{t('logbook.daypart')}</th>
                    <th className={classes.time}>{t('today.time')}</th>
                    <th className={classes.category}>{t('logbook.category')}</th>
                    <th>{t('logbook.text')}</th>
                    <th className={classes.author}>{t('logbook.author')}</th>
                  </tr>
                </thead>
                <tbody>
                  {parts.flatMap((p) =>
                    p.entries.map((e) => (
                      <tr key={e.id}>
                        <td>{t(`logbook.dayparts.${p.daypart}`)}</td>
                        <td>{formatTime(e.createdAt.slice(11, 16))}</td>
                        <td>{t(`logbook.categories.${e.category}`)}</td>
                        <td className={classes.text}>
                          {e.handover && <strong>{t('logbook.handoverPrefix')} </strong>}
                          {e.text}
                        </td>
                        <td>{e.authorName}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
