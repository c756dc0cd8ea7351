import { useState } from 'react';
import { Card, Group, Select, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';

export function HolidaysSection({ closedOnHolidays }: { closedOnHolidays: boolean | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const holidays = useApi('calendar.holidays', { year });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 1 + i));

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="holidays-title">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} size="h3" id="holidays-title">
            {t('holidays.title')}
          </Title>
          {closedOnHolidays !== undefined && (
            <Text c="dimmed" size="sm">
              {closedOnHolidays ? t('holidays.closed') : t('holidays.open')}
            </Text>
          )}
        </div>
        <Select
          label={t('holidays.year')}
          data={years}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={120}
        />
      </Group>
      <QueryState query={holidays}>
        {(list) => (
          <DataTable
            label={t('holidays.tableLabel', { year })}
            minWidth={360}
            rows={list}
            rowKey={(h) => h.date}
            columns={[
              {
                key: 'date',
                header: t('holidays.date'),
                render: (h) => (
                  <Text fw={600} size="sm">
                    {f.date(h.date)}
                  </Text>
                ),
              },
              { key: 'name', header: t('holidays.name'), render: (h) => h.name },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
