import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reportInput } from '../../../../../db/modules/bookings/schemas';
import { DateField } from '../../../components/DateField';
import { zodValidate } from '../../../forms';
import { todayIso } from '../../../format';
import { monthOf } from '../invoices/period';
import { GRANULARITIES, type Granularity, type ReportQuery } from './reportTypes';

/** The field errors of a query ("De einddatum mag niet voor de begindatum liggen."), empty when it can be asked. */
export const reportErrors = zodValidate<ReportQuery>(reportInput);

function quarterOf(date: string): { from: string; to: string } {
  const m = Number(date.slice(5, 7));
  const first = `${date.slice(0, 4)}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return { from: first, to: monthOf(first, 2).to };
}

/** Period and granularity, with the periods people ask for most one click away. */
export function ReportFilters({ value, onChange }: { value: ReportQuery; onChange: (q: ReportQuery) => void }) {
  const { t } = useTranslation();
  const today = todayIso();
  const errors = reportErrors(value);
  const presets = [
    { label: t('reports.thisMonth'), ...monthOf(today, 0) },
    { label: t('reports.lastMonth'), ...monthOf(today, -1) },
    { label: t('reports.thisQuarter'), ...quarterOf(today) },
    { label: t('reports.thisYear'), from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` },
  ];
  return (
    <Card withBorder radius="md" padding="lg" className="no-print">
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="wrap">
          <DateField
            label={t('reports.from')}
            value={value.from}
            onChange={(from) => onChange({ ...value, from })}
            error={errors.from}
            clearable={false}
            w={190}
          />
          <DateField
            label={t('reports.to')}
            value={value.to}
            onChange={(to) => onChange({ ...value, to })}
            error={errors.to}
            clearable={false}
            w={190}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="granularity-label">
              {t('reports.granularity')}
            </Text>
            <SegmentedControl
              aria-labelledby="granularity-label"
              value={value.granularity}
              onChange={(g) => onChange({ ...value, granularity: g as Granularity })}
              data={GRANULARITIES.map((g) => ({ value: g, label: t(`reports.granularities.${g}`) }))}
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
