import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../hooks/useFormat';
import type { Preview } from './ReviewStep';
import classes from './ReviewStep.module.css';

type Occurrence = Preview['occurrences'][number];

function Line({ color, icon, children }: { color: string; icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" c={color}>
      {icon}
      <Text size="sm">{children}</Text>
    </Group>
  );
}

interface RowProps {
  o: Occurrence;
  skipped: boolean;
  /** Warnings every date has are listed once below the dates, not on each row. */
  shared: ReadonlySet<string>;
  onToggleSkip?: () => void;
}

/** One date: when, free or taken, its own warnings, its price, and (in a series) a box to skip it. */
export function OccurrenceRow({ o, skipped, shared, onToggleSkip }: RowProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const own = o.warnings.filter((w) => !shared.has(w));
  const iconStyle = { flex: 'none', marginTop: 2 } as const;
  return (
    <li className={classes.row} data-skipped={skipped || undefined}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {f.date(o.date)} · {o.start.slice(11)}–{o.end.slice(11)}
          </Text>
          {skipped ? (
            <Text size="sm" c="dimmed">
              {t('booking.skipped')}
            </Text>
          ) : (
            <>
              {o.conflicts.map((c) => (
                <Line key={c} color="red.9" icon={<IconCircleX size={16} aria-hidden style={iconStyle} />}>
                  {c}
                </Line>
              ))}
              {own.map((w) => (
                <Line key={w} color="yellow.9" icon={<IconAlertTriangle size={16} aria-hidden style={iconStyle} />}>
                  {w}
                </Line>
              ))}
              {!o.conflicts.length && (
                <Line color="green.9" icon={<IconCircleCheck size={16} aria-hidden style={iconStyle} />}>
                  {t('booking.free')}
                </Line>
              )}
            </>
          )}
        </Stack>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Stack gap={0} align="flex-end" style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm" td={skipped ? 'line-through' : undefined} c={skipped ? 'dimmed' : undefined}>
              {f.money(o.priceCents)}
            </Text>
            {o.priceNote && !skipped && (
              <Text size="xs" c="dimmed">
                {f.priceNote(o.priceNote)}
              </Text>
            )}
          </Stack>
          {onToggleSkip && (
            <Checkbox
              label={t('booking.skip')}
              aria-label={t('booking.skipOne', { date: f.date(o.date) })}
              checked={skipped}
              onChange={onToggleSkip}
            />
          )}
        </Group>
      </Group>
    </li>
  );
}
