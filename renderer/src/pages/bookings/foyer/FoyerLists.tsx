import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import classes from './Foyer.module.css';

type Foyer = Output<'bookings.foyer'>;
type Item = Foyer['today'][number];

const timeOf = (i: Item) => `${formatTime(i.start.slice(11))}–${formatTime(i.end.slice(11))}`;

/** Today's activities that have not ended; the ones under way are marked "Nu". */
export function TodayList({ items, now }: { items: Item[]; now: string }) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list}>
      {items.map((i) => {
        const running = i.start <= now;
        return (
          <li key={i.id} className={`${classes.item} ${running ? classes.now : ''}`}>
            <span className={classes.time}>{timeOf(i)}</span>
            <span className={classes.title}>
              {/* Apart from the title, with a space: read out as "Nu Salsa", not "NuSalsa". */}
              {running && <span className={classes.nowLabel}>{t('foyer.now')}</span>}
              {running && ' '}
              <span>{i.title}</span>
            </span>
            <span className={classes.detail}>{[i.roomNames.join(', '), i.activity].filter(Boolean).join(' · ')}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The next activities on coming days, under the name of their day. */
export function NextList({ items }: { items: Item[] }) {
  const f = useFormat();
  const days = [...new Set(items.map((i) => i.start.slice(0, 10)))];
  return (
    <div className={classes.small}>
      {days.map((d) => (
        <section key={d} aria-label={f.dateLong(d)}>
          <p className={classes.day}>{f.dateLong(d).replace(/ \d{4}$/, '')}</p>
          <ul className={classes.list}>
            {items
              .filter((i) => i.start.slice(0, 10) === d)
              .map((i) => (
                <li key={i.id} className={classes.item}>
                  <span className={classes.time}>{formatTime(i.start.slice(11))}</span>{' '}
                  <span className={classes.title}>{i.title}</span>{' '}
                  <span className={classes.detail}>· {i.roomNames.join(', ')}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
