import { useState } from 'react';
import { Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconClockPlus, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { hoursOf } from '../shared/hours';
import { TegenprestatieProgress } from '../shared/TegenprestatieProgress';
import { YearSelect } from '../shared/YearSelect';
import type { HoursSummary } from '../shared/types';
import { LogHoursModal } from './LogHoursModal';

function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}

/** Hours per month as a table with a bar in each row: readable aloud, and the shape of the year at a glance. */
function MonthTable({ hours }: { hours: HoursSummary }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const max = Math.max(60, ...hours.perMonth.map((m) => m.minutes));
  return (
    <Table verticalSpacing={2} aria-label={t('volunteerHours.perMonth')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('volunteerHours.month')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('volunteerHours.hours')}
          </Table.Th>
          <Table.Th scope="col" w="50%">
            <span className="sr-only">{t('volunteerHours.bar')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {hours.perMonth.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Td>{monthName(m.month, locale)}</Table.Td>
            <Table.Td ta="right">{hoursOf(m.minutes, locale)}</Table.Td>
            <Table.Td>
              <Box h={10} w={`${(100 * m.minutes) / max}%`} bg="wijk.6" style={{ borderRadius: 4 }} aria-hidden />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('volunteerHours.total')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {hoursOf(hours.totalMinutes, locale)}
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The year is chosen here and also drives the allowances card below it. */
export function HoursCard({
  volunteerId,
  name,
  year,
  onYear,
  onChanged,
}: {
  volunteerId: number;
  name: string;
  year: number;
  onYear: (year: number) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const hours = useApi('roster.hours', { volunteerId, year });
  const [logging, setLogging] = useState(false);
  return (
    <SectionCard
      title={t('volunteerHours.hours')}
      icon={<IconHourglass size={22} aria-hidden />}
      aside={
        <Group gap="xs" wrap="nowrap">
          <YearSelect value={year} onChange={onYear} hideLabel />
          <Button
            size="xs"
            variant="light"
            leftSection={<IconClockPlus size={16} aria-hidden />}
            onClick={() => setLogging(true)}
          >
            {t('volunteerHours.log')}
          </Button>
        </Group>
      }
    >
      <QueryState query={hours}>
        {(h) => (
          <Stack gap="md">
            {h.tegenprestatie && (
              <div>
                <Text fw={600} size="sm" mb={4}>
                  {t('volunteers.fields.tegenprestatie')}
                </Text>
                <TegenprestatieProgress value={h.tegenprestatie} />
              </div>
            )}
            <MonthTable hours={h} />
            <Text size="xs" c="dimmed">
              {t('volunteerHours.howCounted')}
            </Text>
          </Stack>
        )}
      </QueryState>
      {logging && (
        <LogHoursModal
          volunteerId={volunteerId}
          name={name}
          onClose={() => setLogging(false)}
          onSaved={() => {
            hours.reload();
            onChanged();
          }}
        />
      )}
    </SectionCard>
  );
}
