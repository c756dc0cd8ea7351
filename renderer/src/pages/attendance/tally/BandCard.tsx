import { useTranslation } from 'react-i18next';
import classes from './Tally.module.css';

interface BandCardProps {
  label: string;
  count: number;
  /** The number key that counts this band, shown on the card. */
  shortcut?: string;
  unknown?: boolean;
  busyPlus: boolean;
  busyMinus: boolean;
  onPress: (delta: 1 | -1) => void;
}

/** One age band: its count, a big "+1" and a smaller "−1" to correct a mistap. */
export function BandCard({ label, count, shortcut, unknown, busyPlus, busyMinus, onPress }: BandCardProps) {
  const { t } = useTranslation();
  return (
    <section className={`${classes.band} ${unknown ? classes.unknown : ''}`} aria-label={label}>
      <div className={classes.bandHead}>
        <h2 className={classes.bandLabel}>{label}</h2>
        {shortcut && <span className={classes.key}>{t('tally.keyLabel', { key: shortcut })}</span>}
      </div>
      <p className={classes.count}>{count}</p>
      <button
        type="button"
        className={classes.plus}
        disabled={busyPlus}
        aria-label={t('tally.plusOne', { label })}
        onClick={() => onPress(1)}
      >
        +1
      </button>
      <button
        type="button"
        className={classes.minus}
        disabled={busyMinus || count === 0}
        aria-label={t('tally.minusOne', { label })}
        onClick={() => onPress(-1)}
      >
        −1
      </button>
    </section>
  );
}
