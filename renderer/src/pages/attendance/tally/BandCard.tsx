import { useTranslation } from 'react-i18next';
import classes from './Tally.module.css';

interface BandCardProps {
  label: string;
  count: number;
  /** The number key that counts this band, shown on the card when a keyboard is in use. */
  shortcut?: string;
  unknown?: boolean;
  /** Big for the bands most visitors fall in. */
  size: 'big' | 'small';
  busyPlus: boolean;
  busyMinus: boolean;
  onPress: (delta: 1 | -1) => void;
}

/** One age band: its count, a "+1" that takes the card's free height, and a smaller "−1" to correct a mistap. */
export function BandCard({ label, count, shortcut, unknown, size, busyPlus, busyMinus, onPress }: BandCardProps) {
  const { t } = useTranslation();
  return (
    <section
      className={`${classes.band} ${size === 'big' ? classes.bandBig : ''} ${unknown ? classes.unknown : ''}`}
      aria-label={label}
    >
      <div className={classes.bandHead}>
        <h2 className={classes.bandLabel}>{label}</h2>
        {shortcut && <span className={classes.key}>{t('tally.keyLabel', { key: shortcut })}</span>}
        <p className={classes.count}>{count}</p>
      </div>
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
