import { memo } from 'react';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventColors, type ColorMode } from './colors';
import type { BookingStatus } from './types';

/** A sample room colour for the legend; the real blocks take their own room's colour. */
const SAMPLE = '#1971c2';

function Swatch({ status, mode }: { status: BookingStatus; mode: ColorMode }) {
  const c = eventColors(status, SAMPLE, mode);
  return (
    <span
      aria-hidden
      className={c.classNames.filter((n) => n !== 'agenda-event').join(' ')}
      style={{
        display: 'inline-block',
        width: 28,
        height: 14,
        borderRadius: 3,
        border: `1px solid ${c.borderColor}`,
        backgroundColor: c.backgroundColor,
      }}
    />
  );
}

/** What the colours and patterns of the blocks mean, in the chosen colouring. */
export const ColorLegend = memo(function ColorLegend({ mode }: { mode: ColorMode }) {
  const { t } = useTranslation();
  const items =
    mode === 'status'
      ? ([
          ['bevestigd', t('agenda.legendItem.status.bevestigd')],
          ['aanvraag', t('agenda.legendItem.status.aanvraag')],
          ['optie', t('agenda.legendItem.status.optie')],
        ] as const)
      : ([
          ['bevestigd', t('agenda.legendItem.room.bevestigd')],
          ['optie', t('agenda.legendItem.room.optie')],
        ] as const);
  return (
    <Group gap="lg" className="no-print" aria-label={t('agenda.legend')} role="group">
      {items.map(([status, label]) => (
        <Group key={status} gap={6} wrap="nowrap">
          <Swatch status={status} mode={mode} />
          <Text size="sm">{label}</Text>
        </Group>
      ))}
    </Group>
  );
});
