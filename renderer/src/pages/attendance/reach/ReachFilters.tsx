import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { attendanceReportInput } from '../../../../../db/modules/attendance/schemas';
import { DateField } from '../../../components/DateField';
import { zodValidate } from '../../../forms';
import { addDays, todayIso } from '../../../format';
import { monthRange, quarterOfDate, quarterRange } from '../shared/periods';

export const GRANULARITIES = ['week', 'month', 'quarter', 'year'] as const;
export interface ReachQuery {
  from: string;
  to: string;
  granularity: (typeof GRANULARITIES)[number];
}

/** The core's own checks on the period ("De einddatum mag niet voor de begindatum liggen."), shown on the fields. */
export const reachErrors = zodValidate<ReachQuery>(attendanceReportInput);

export function thisQuarter(): { from: string; to: string } {
  const q = quarterOfDate(todayIso());
  return quarterRange(q.year, q.quarter);
}

/** Period and granularity, with the periods people report on one click away. */
export function ReachFilters({ value, onChange }: { value: ReachQuery; onChange: (q: ReachQuery) => void }) {
  const { t } = useTranslation();
  const today = todayIso();
  const errors = reachErrors(value);
  const previousQuarterStart = addDays(thisQuarter().from, -1);
  const presets = [
    { label: t('reach.thisMonth'), ...monthRange(today) },
    { label: t('reach.thisQuarter'), ...thisQuarter() },
    {
      label: t('reach.lastQuarter'),
      ...quarterRange(quarterOfDate(previousQuarterStart).year, quarterOfDate(previousQuarterStart).quarter),
    },
    { label: t('reach.thisYear'), from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` },
  ];
  return (
    <Card withBorder radius="md" padding="lg" className="no-print">
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="wrap">
          <DateField
            label={t('reach.from')}
            value={value.from}
            onChange={(from) => onChange({ ...value, from })}
            error={errors.from}
            clearable={false}
            w={190}
          />
          <DateField
            label={t('reach.to')}
            value={value.to}
            onChange={(to) => onChange({ ...value, to })}
            error={errors.to}
            clearable={false}
            w={190}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="reach-granularity">
              {t('reach.granularity')}
            </Text>
            <SegmentedControl
              aria-labelledby="reach-granularity"
              value={value.granularity}
              onChange={(g) => onChange({ ...value, granularity: g as ReachQuery['granularity'] })}
              data={GRANULARITIES.map((g) => ({ value: g, label: t(`reach.granularities.${g}`) }))}
            />
          </Stack>
        </Group>
        <Group gap="xs">
          {presets.map((p) => (
            <Button
              key={p.label}
              variant="default"
              size="xs"
              onClick={() => onChange({ ...value, from: p.from, to: p.to })}
            >
              {p.label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
