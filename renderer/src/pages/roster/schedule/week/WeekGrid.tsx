import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/client';
import { todayIso } from '../../../../format';
import { useFormat } from '../../../../hooks/useFormat';
import { dayLabel, weekDates } from '../../shared/time';
import type { Shift } from '../../shared/types';
import { ShiftCard } from './ShiftCard';
import classes from './WeekGrid.module.css';

type DayStatus = Output<'calendar.days'>[number];

interface WeekGridProps {
  monday: string;
  shifts: readonly Shift[];
  days: readonly DayStatus[];
  /** Show only the shifts of this volunteer (their name in bold). */
  volunteerId: number | null;
  highlightDay: string | null;
  onOpen: (shiftId: number) => void;
}

/** Seven columns, Monday first, shifts in time order; closed days say why, so an empty column is explained. */
export function WeekGrid({ monday, shifts, days, volunteerId, highlightDay, onOpen }: WeekGridProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const today = todayIso();
  const visible =
    volunteerId === null ? shifts : shifts.filter((s) => s.assignments.some((a) => a.volunteerId === volunteerId));
  return (
    <div className={classes.grid}>
      {weekDates(monday).map((date) => {
        const closed = days.find((d) => d.date === date)?.closedBecause;
        const ofDay = visible.filter((s) => s.date === date);
        const headingId = `roster-day-${date}`;
        return (
          <section
            key={date}
            className={classes.day}
            aria-labelledby={headingId}
            data-today={date === today || undefined}
            data-highlight={date === highlightDay || undefined}
          >
            <h2 id={headingId} className={classes.dayTitle}>
              {dayLabel(date, f.locale)}
            </h2>
            {closed && (
              <Badge color="gray" variant="light" size="sm" style={{ whiteSpace: 'normal', height: 'auto' }}>
                {t('roster.closed', { reason: closed })}
              </Badge>
            )}
            {ofDay.map((s) => (
              <ShiftCard key={s.id} shift={s} onOpen={() => onOpen(s.id)} highlight={volunteerId} />
            ))}
            {ofDay.length === 0 && !closed && (
              <Text size="xs" c="dimmed">
                {t('roster.noShiftsDay')}
              </Text>
            )}
          </section>
        );
      })}
    </div>
  );
}
