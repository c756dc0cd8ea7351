import { useState } from 'react';
import { Button, Card, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { quarterInput } from '../../../../../db/modules/attendance/schemas';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { zodValidate } from '../../../forms';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { quarterOfDate } from '../../../periods';
import { QuarterlyReport } from './QuarterlyReport';

interface QuarterValues {
  year: number | string;
  quarter: number;
}

const quarterErrors = zodValidate<QuarterValues>(quarterInput, (v) => ({
  ...v,
  year: v.year === '' ? undefined : Number(v.year),
}));

export function QuarterlyPage() {
  const { t } = useTranslation();
  const [value, setValue] = useState<QuarterValues>(() => quarterOfDate(todayIso()));
  const errors = quarterErrors(value);
  const valid = Object.keys(errors).length === 0;
  const report = useApi('reports.quarterly', { year: Number(value.year), quarter: value.quarter }, { enabled: valid });

  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('quarterly.title')}
          description={t('quarterly.intro')}
          actions={
            <>
              <Button
                component={Link}
                to="/bereik"
                variant="default"
                leftSection={<IconArrowLeft size={18} aria-hidden />}
              >
                {t('quarterly.back')}
              </Button>
              <Button
                leftSection={<IconPrinter size={18} aria-hidden />}
                onClick={() => window.print()}
                disabled={!report.data}
              >
                {t('common.print')}
              </Button>
            </>
          }
        />
      </div>
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" className="no-print">
          <Group align="flex-start" gap="md">
            <NumberInput
              label={t('quarterly.year')}
              value={value.year}
              onChange={(year) => setValue({ ...value, year })}
              error={errors.year}
              min={2000}
              max={2100}
              allowDecimal={false}
              w={120}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="quarter-label">
                {t('quarterly.quarter')}
              </Text>
              <SegmentedControl
                aria-labelledby="quarter-label"
                value={String(value.quarter)}
                onChange={(q) => setValue({ ...value, quarter: Number(q) })}
                data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Q${q}` }))}
              />
            </Stack>
          </Group>
        </Card>
        {valid && <QueryState query={report}>{(r) => <QuarterlyReport report={r} />}</QueryState>}
      </Stack>
    </>
  );
}
