import { Card, Group, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayStepper } from '../../../components/DayStepper';
import { WeekStepper } from '../../../components/WeekStepper';
import { mondayOf } from '../../../format';

export type Mode = 'day' | 'week';

/** Which sessions the page lists: one day, or the week around the date. */
export function PeriodCard({
  mode,
  onMode,
  date,
  onDate,
}: {
  mode: Mode;
  onMode: (mode: Mode) => void;
  date: string;
  onDate: (date: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg">
      <Group align="flex-end" gap="lg" wrap="wrap">
        <SegmentedControl
          aria-label={t('attendance.modeLabel')}
          value={mode}
          onChange={(m) => onMode(m as Mode)}
          data={[
            { value: 'day', label: t('attendance.day') },
            { value: 'week', label: t('attendance.week') },
          ]}
        />
        {mode === 'day' ? (
          <DayStepper label={t('attendance.day')} value={date} onChange={onDate} />
        ) : (
          <WeekStepper value={mondayOf(date)} onChange={onDate} />
        )}
      </Group>
    </Card>
  );
}
