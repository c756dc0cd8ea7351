import { useState } from 'react';
import { Alert, Card, Grid, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { YearSelect, thisYear } from '../shared/YearSelect';
import { HoursTable, type Overview } from './HoursTable';
import { LimitCard } from './LimitCard';
import { MilestonesCard } from './MilestonesCard';

/** Numbers, not formatted text, so a spreadsheet can add them up; toCsv writes the Dutch decimal comma. */
function csvRows(o: Overview) {
  return o.rows.map((r) => [
    r.name,
    Math.round(r.totalMinutes / 6) / 10,
    r.tegenprestatie ? r.tegenprestatie.hoursPerWeek : null,
    r.tegenprestatie ? Math.round(r.tegenprestatie.goalMinutes / 6) / 10 : null,
    r.tegenprestatie ? r.tegenprestatie.percent : null,
    r.allowanceCents / 100,
    r.overLimit ? 'ja' : 'nee',
  ]);
}

/** #/uren: the year in hours and allowances, the tax-free maximum, and who to thank. */
export function HoursPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const [year, setYear] = useState(thisYear);
  const overview = useApi('roster.hoursOverview', { year });
  const over = overview.data?.rows.filter((r) => r.overLimit) ?? [];

  return (
    <>
      <PageHeader
        title={t('volunteerHours.title')}
        description={t('volunteerHours.intro')}
        actions={
          <CsvDownloadButton
            label={t('volunteerHours.csv')}
            ariaLabel={t('volunteerHours.csvLabel', { year })}
            fileName={`uren-en-vergoedingen-${year}.csv`}
            headers={[
              t('volunteers.fields.name'),
              t('volunteerHours.csvHeaders.hours'),
              t('volunteerHours.csvHeaders.tpPerWeek'),
              t('volunteerHours.csvHeaders.tpGoal'),
              t('volunteerHours.csvHeaders.tpPercent'),
              t('volunteerHours.csvHeaders.allowance'),
              t('volunteerHours.csvHeaders.overLimit'),
            ]}
            rows={() => (overview.data ? csvRows(overview.data) : [])}
            disabled={!overview.data?.rows.length}
          />
        }
      />
      <Stack gap="lg">
        <Group>
          <YearSelect value={year} onChange={setYear} />
        </Group>
        {over.length > 0 && (
          <Alert
            color="red.9"
            variant="filled"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('volunteerHours.overTitle')}
            role="alert"
          >
            {t('volunteerHours.overText', { names: over.map((r) => r.name).join(', ') })}
          </Alert>
        )}
        {/* The maximum first: without it no allowance can be paid, and the table measures against it. */}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <QueryState query={overview}>
              {(o) => (
                <LimitCard year={year} limit={o.limit} canSet={user.role === 'beheerder'} onSaved={overview.reload} />
              )}
            </QueryState>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <MilestonesCard year={year} />
          </Grid.Col>
        </Grid>
        <Card withBorder radius="md" padding="lg">
          <QueryState query={overview}>{(o) => <HoursTable overview={o} />}</QueryState>
        </Card>
      </Stack>
    </>
  );
}
