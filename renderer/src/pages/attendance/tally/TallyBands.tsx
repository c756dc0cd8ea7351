import { useTranslation } from 'react-i18next';
import type { Session } from '../shared/sessionState';
import { BandCard } from './BandCard';
import { tallyKey } from './useTally';
import { MAX_KEYED } from './useTallyKeys';
import classes from './Tally.module.css';

/** A card per age band, then "onbekend" for whoever's age is not clear, each with its number key. */
export function TallyBands({
  bands,
  session,
  pending,
  press,
}: {
  bands: readonly { id: number; label: string }[];
  session: Session;
  pending: ReadonlySet<string>;
  press: (bandId: number | null, delta: 1 | -1) => void;
}) {
  const { t } = useTranslation();
  const countOf = (bandId: number) => session.counts?.bands.find((b) => b.bandId === bandId)?.count ?? 0;
  return (
    <div className={classes.grid} role="group" aria-label={t('tally.bandsLabel')}>
      {bands.map((b, i) => (
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
  );
}
