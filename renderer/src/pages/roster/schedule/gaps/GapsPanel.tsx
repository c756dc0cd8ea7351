import { useState } from 'react';
import { Anchor, Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../components/DataTable';
import { EmptyMessage } from '../../../../components/EmptyMessage';
import { QueryState } from '../../../../components/QueryState';
import { addDays, mondayOf, todayIso } from '../../../../format';
import { useApi } from '../../../../hooks/useApi';
import { useFormat } from '../../../../hooks/useFormat';
import { useCoverageWords } from '../../shared/coverage';
import { timeRange } from '../../shared/time';
import type { CoverageGap, ShiftGap } from '../../shared/types';

const WEEK_CHOICES = [1, 2, 4, 6, 8, 12];

const shiftLink = (g: ShiftGap) => `/rooster?week=${mondayOf(g.date)}&dienst=${g.shiftId}`;
const dayLink = (g: CoverageGap) => `/rooster?week=${mondayOf(g.date)}&dag=${g.date}`;

function ShiftGaps({ gaps }: { gaps: readonly ShiftGap[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('roster.gaps.shiftsTitle')}
      minWidth={720}
      rows={gaps}
      rowKey={(g) => `${g.shiftId}-${g.roleId}`}
      empty={<EmptyMessage icon={<IconUsersGroup aria-hidden />} title={t('roster.gaps.noShiftGaps')} />}
      columns={[
        {
          key: 'date',
          header: t('roster.date'),
          render: (g) => <span style={{ whiteSpace: 'nowrap' }}>{f.date(g.date)}</span>,
        },
        { key: 'time', header: t('roster.time'), render: (g) => timeRange(g) },
        {
          key: 'shift',
          header: t('roster.shift'),
          render: (g) => (
            <Anchor
              component={Link}
              to={shiftLink(g)}
              size="sm"
              fw={600}
              aria-label={t('roster.gaps.openShift', { title: g.title, date: f.date(g.date) })}
            >
              {g.title}
            </Anchor>
          ),
        },
        { key: 'role', header: t('volunteers.role'), render: (g) => g.roleName },
        {
          key: 'filled',
          header: t('roster.gaps.filled'),
          render: (g) => (
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{t('roster.filledOf', { filled: g.filled, count: g.needed })}</Text>
              <Badge color="red" variant="light" size="sm">
                {t('roster.missingCount', { count: g.missing })}
              </Badge>
            </Group>
          ),
        },
      ]}
    />
  );
}

function CoverageGaps({ gaps }: { gaps: readonly CoverageGap[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const words = useCoverageWords();
  return (
    <DataTable
      label={t('roster.coverage.title')}
      minWidth={720}
      rows={gaps}
      rowKey={(g) => `${g.date}-${g.start}`}
      empty={<EmptyMessage icon={<IconShieldCheck aria-hidden />} title={t('roster.coverage.none')} />}
      columns={[
        {
          key: 'date',
          header: t('roster.date'),
          render: (g) => (
            <Anchor
              component={Link}
              to={dayLink(g)}
              size="sm"
              fw={600}
              style={{ whiteSpace: 'nowrap' }}
              aria-label={t('roster.coverage.openDay', { date: f.date(g.date) })}
            >
              {f.date(g.date)}
            </Anchor>
          ),
        },
        { key: 'time', header: t('roster.coverage.period'), render: (g) => `${g.start}–${g.end}` },
        {
          key: 'missing',
          header: t('roster.coverage.missing'),
          render: (g) => (
            <Group gap={4}>
              {words.missing(g).map((m) => (
                <Badge key={m} color="red" variant="light" size="sm">
                  {m}
                </Badge>
              ))}
            </Group>
          ),
        },
        { key: 'why', header: t('roster.coverage.why'), render: (g) => words.why(g) },
      ]}
    />
  );
}

/**
 * What still has to be arranged in the coming weeks: shifts below their headcount per role, and the
 * building coverage rule (a BHV'er and a key holder whenever the house is open or a booking runs
 * outside the beheerder's hours). Every row links to the shift or the day in the week view.
 */
export function GapsPanel() {
  const { t } = useTranslation();
  const [weeks, setWeeks] = useState(4);
  const from = todayIso();
  const range = { from, to: addDays(from, weeks * 7 - 1) };
  const gaps = useApi('roster.gaps', range);
  const coverage = useApi('roster.coverage', range);
  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed" maw={640}>
            {t('roster.gaps.intro')}
          </Text>
          <Select
            label={t('roster.gaps.period')}
            data={WEEK_CHOICES.map((w) => ({ value: String(w), label: t('roster.gaps.weeks', { count: w }) }))}
            value={String(weeks)}
            onChange={(v) => v && setWeeks(Number(v))}
            allowDeselect={false}
            w={180}
          />
        </Group>
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="gaps-shifts">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="gaps-shifts">
            {t('roster.gaps.shiftsTitle')}
          </Title>
          {gaps.data && (
            <Badge color={gaps.data.length ? 'red' : 'green'} variant="light">
              {t('roster.gaps.shiftCount', { count: gaps.data.length })}
            </Badge>
          )}
        </Group>
        <QueryState query={gaps}>{(list) => <ShiftGaps gaps={list} />}</QueryState>
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="gaps-coverage">
        <Group justify="space-between" mb={4}>
          <Title order={2} size="h3" id="gaps-coverage">
            {t('roster.coverage.title')}
          </Title>
          {coverage.data && (
            <Badge color={coverage.data.length ? 'red' : 'green'} variant="light">
              {t('roster.coverage.count', { count: coverage.data.length })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" mb="sm">
          {t('roster.coverage.rule')}
        </Text>
        <QueryState query={coverage}>{(list) => <CoverageGaps gaps={list} />}</QueryState>
      </Card>
    </Stack>
  );
}
