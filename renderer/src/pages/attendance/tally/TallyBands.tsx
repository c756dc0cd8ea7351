import type { CSSProperties } from 'react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Session } from '../shared/sessionState';
import { BandCard } from './BandCard';
import { tallyKey } from './useTally';
import { MAX_KEYED } from './useTallyKeys';
import classes from './Tally.module.css';

interface Card {
  bandId: number | null;
  label: string;
  count: number;
  shortcut?: string;
}

/**
 * A card per age band and "onbekend" for whoever's age is not clear. The bands most visitors fall in come first, with
 * the biggest buttons; the rest follow youngest first. The number keys stay with the age order (1 is the youngest),
 * whatever the place on screen.
 */
export function TallyBands({
  bands,
  big,
  session,
  pending,
  press,
  showKeys,
}: {
  bands: readonly { id: number; label: string }[];
  big: ReadonlySet<number>;
  session: Session;
  pending: ReadonlySet<string>;
  press: (bandId: number | null, delta: 1 | -1) => void;
  showKeys: boolean;
}) {
  const { t } = useTranslation();
  const landscape = useMediaQuery('(orientation: landscape)', true);
  const countOf = (bandId: number) => session.counts?.bands.find((b) => b.bandId === bandId)?.count ?? 0;
  const cards: Card[] = bands.map((b, i) => ({
    bandId: b.id,
    label: b.label,
    count: countOf(b.id),
    shortcut: i < MAX_KEYED ? String(i + 1) : undefined,
  }));
  const unknown: Card = { bandId: null, label: t('tally.unknown'), count: session.counts?.unknown ?? 0, shortcut: '0' };
  const bigCards = cards.filter((c) => big.has(c.bandId!));
  const rest = [...cards.filter((c) => !big.has(c.bandId!)), unknown];
  // Two rows of small cards; a phone held upright has room for three across.
  const columns = Math.max(1, landscape ? Math.ceil(rest.length / 2) : Math.min(3, Math.ceil(rest.length / 2)));
  const card = (c: Card, size: 'big' | 'small') => (
    <BandCard
      key={c.bandId ?? 'onbekend'}
      size={size}
      unknown={c.bandId === null}
      label={c.label}
      count={c.count}
      shortcut={showKeys ? c.shortcut : undefined}
      busyPlus={pending.has(tallyKey(c.bandId, 1))}
      busyMinus={pending.has(tallyKey(c.bandId, -1))}
      onPress={(delta) => press(c.bandId, delta)}
    />
  );
  return (
    <div className={classes.bands} role="group" aria-label={t('tally.bandsLabel')}>
      {bigCards.length > 0 && <div className={classes.big}>{bigCards.map((c) => card(c, 'big'))}</div>}
      <div className={classes.rest} style={{ '--tally-columns': columns } as CSSProperties}>
        {rest.map((c) => card(c, 'small'))}
      </div>
    </div>
  );
}
