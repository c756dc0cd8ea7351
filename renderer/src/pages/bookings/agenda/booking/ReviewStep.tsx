import { useState } from 'react';
import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/client';
import { useFormat } from '../../../../hooks/useFormat';
import { WarningsList } from '../WarningsList';
import classes from './ReviewStep.module.css';

export type Preview = Output<'bookings.preview'>;
type Occurrence = Preview['occurrences'][number];

export interface BookChoice {
  skipConflicts: boolean;
  confirmWarnings: boolean;
}

interface ReviewStepProps {
  preview: Preview;
  isSeries: boolean;
  skipDates: readonly string[];
  onToggleSkip: (date: string) => void;
  onBack: () => void;
  onBook: (choice: BookChoice) => void;
  busy: boolean;
  /** The core's refusal at the moment of booking (someone else was quicker, or new warnings). */
  error: { message: string; conflicts: string[] } | null;
  lateWarnings: string[];
}

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
function OccurrenceRow({ o, skipped, shared, onToggleSkip }: RowProps) {
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
                {o.priceNote}
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

/**
 * Every date the booking would take, checked by the core without saving: taken rooms in red, warnings
 * in amber, the price of each. Booking waits until conflicts are resolved (or only the free dates are
 * booked) and the warnings have been seen.
 */
export function ReviewStep({
  preview,
  isSeries,
  skipDates,
  onToggleSkip,
  onBack,
  onBook,
  busy,
  error,
  lateWarnings,
}: ReviewStepProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const [onlyFree, setOnlyFree] = useState(false);
  // The warnings ticked as seen; a warning that turns up later (another date, the core at booking time) needs a new tick.
  const [seenSet, setSeenSet] = useState<ReadonlySet<string>>(new Set());

  const wanted = preview.occurrences.filter((o) => !skipDates.includes(o.date));
  const taken = wanted.filter((o) => o.conflicts.length);
  const booked = onlyFree ? wanted.filter((o) => !o.conflicts.length) : wanted;
  const warnings = [...new Set([...booked.flatMap((o) => o.warnings), ...lateWarnings])];
  const seen = warnings.every((w) => seenSet.has(w));
  const total = booked.filter((o) => !o.conflicts.length).reduce((sum, o) => sum + o.priceCents, 0);
  const blocked = booked.length === 0 || booked.some((o) => o.conflicts.length) || (warnings.length > 0 && !seen);

  const shared = new Set(
    wanted.length > 1 ? wanted[0]!.warnings.filter((w) => wanted.every((o) => o.warnings.includes(w))) : [],
  );

  return (
    <Stack gap="md">
      {error && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('booking.notBooked')}
          role="alert"
        >
          <Text size="sm">{error.message}</Text>
          {error.conflicts.length > 1 && (
            <List size="sm" mt={4}>
              {error.conflicts.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <ul className={classes.list} aria-label={t('booking.reviewTable')}>
        {preview.occurrences.map((o) => (
          <OccurrenceRow
            key={o.date}
            o={o}
            skipped={skipDates.includes(o.date)}
            shared={shared}
            onToggleSkip={isSeries ? () => onToggleSkip(o.date) : undefined}
          />
        ))}
      </ul>
      {taken.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconCircleX aria-hidden />}
          title={t('booking.takenTitle', { count: taken.length })}
        >
          <Text size="sm">{isSeries ? t('booking.takenHelpSeries') : t('booking.takenHelp')}</Text>
          {isSeries && taken.length < wanted.length && (
            <Checkbox
              mt="sm"
              label={t('booking.onlyFree', { count: wanted.length - taken.length })}
              checked={onlyFree}
              onChange={(e) => setOnlyFree(e.currentTarget.checked)}
            />
          )}
        </Alert>
      )}
      <WarningsList warnings={warnings} title={t('booking.warningsTitle')} />
      {warnings.length > 0 && (
        <Checkbox
          label={t('booking.warningsSeen')}
          checked={seen}
          onChange={(e) => setSeenSet(e.currentTarget.checked ? new Set(warnings) : new Set())}
        />
      )}
      <Text fw={600}>
        {t('booking.total', { count: booked.filter((o) => !o.conflicts.length).length, total: f.money(total) })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {t('booking.back')}
        </Button>
        <Button
          disabled={blocked}
          loading={busy}
          onClick={() => onBook({ skipConflicts: onlyFree, confirmWarnings: warnings.length > 0 && seen })}
        >
          {t('booking.book')}
        </Button>
      </Group>
    </Stack>
  );
}
