import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/client';
import { useFormat } from '../../../../hooks/useFormat';
import { WarningsList } from '../WarningsList';
import { OccurrenceRow } from './OccurrenceRow';
import { RefusedAlert, TakenAlert } from './ReviewAlerts';
import classes from './ReviewStep.module.css';

export type Preview = Output<'bookings.preview'>;

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
      {error && <RefusedAlert error={error} />}
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
        <TakenAlert
          taken={taken.length}
          wanted={wanted.length}
          isSeries={isSeries}
          onlyFree={onlyFree}
          onOnlyFree={setOnlyFree}
        />
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
