import { IconWheelchair } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { addDays, formatDateLong, formatTime } from '../../../format';
import { isoWeekNumber } from '../../../components/weekLabel';
import classes from './Programme.module.css';

type Week = Output<'programme.week'>;

/** '23 november': the printed sheet is Dutch whatever the interface language. */
const dayMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
export type Layout = 'poster' | 'flyer';

/**
 * The programme as it goes on the notice board or through letterboxes: always in Dutch (the
 * neighbourhood reads it, whatever language the desk works in), the house's address at the bottom.
 */
export function ProgrammeSheet({ week, layout }: { week: Week; layout: Layout }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('nl');
  const days = Array.from({ length: 7 }, (_, i) => addDays(week.from, i))
    .map((date) => ({ date, items: week.items.filter((it) => it.date === date) }))
    .filter((d) => d.items.length);
  const h = week.house;
  const address = [h.street, [h.postcode, h.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

  return (
    <article className={`${classes.sheet} ${classes[layout]}`} aria-labelledby="programme-house" lang="nl">
      <h2 className={classes.house} id="programme-house">
        {h.name}
      </h2>
      <p className={classes.week}>
        {t('programme.sheetWeek', {
          week: isoWeekNumber(week.from),
          from: dayMonth.format(noon(week.from)),
          to: `${dayMonth.format(noon(week.to))} ${week.to.slice(0, 4)}`,
        })}
      </p>
      {days.length === 0 && <p className={classes.empty}>{t('programme.emptySheet')}</p>}
      {days.map((d) => (
        <section key={d.date} className={classes.day} aria-labelledby={`day-${d.date}`}>
          <h3 className={classes.dayName} id={`day-${d.date}`}>
            {formatDateLong(d.date).replace(/ \d{4}$/, '')}
          </h3>
          <ul className={classes.items}>
            {d.items.map((it) => (
              <li key={it.sessionId} className={classes.item}>
                <span
                  className={classes.time}
                >{`${formatTime(it.start.slice(11))}–${formatTime(it.end.slice(11))}`}</span>
                <span className={classes.name}>{it.name}</span>
                <span className={classes.detail}>
                  {[it.rooms.join(', '), it.targetGroup && t('programme.forWhom', { who: it.targetGroup })]
                    .filter(Boolean)
                    .join(' · ')}
                  {' · '}
                  <span className={classes.access}>
                    {it.wheelchairAccessible && <IconWheelchair size="1.1em" aria-hidden />}
                    {it.wheelchairAccessible ? t('programme.accessible') : t('programme.notAccessible')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <footer className={classes.footer}>
        <p>
          <strong>{h.name}</strong>
          {address && ` · ${address}`}
        </p>
        {(h.phone || h.email) && (
          <p>{[h.phone && t('programme.phone', { phone: h.phone }), h.email].filter(Boolean).join(' · ')}</p>
        )}
        {h.accessibility && <p>{h.accessibility}</p>}
        <p>{t('programme.welcome')}</p>
      </footer>
    </article>
  );
}
