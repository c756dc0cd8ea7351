import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';

type Report = Output<'budget.report'>;
type Group = Report['byScheme'][number];

/** One grouping of the figures; the reach per group has its own table, so this one fits the page. */
export function GroupTable({ title, column, rows }: { title: string; column: string; rows: Group[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={title}>
      <DataTable
        label={title}
        rows={rows}
        rowKey={(r) => r.key}
        minWidth={640}
        columns={[
          { key: 'label', header: column, render: (r) => r.label },
          { key: 'n', header: t('budget.report.applications'), numeric: true, render: (r) => r.applications },
          { key: 'g', header: t('budget.report.granted'), numeric: true, render: (r) => r.granted + r.partlyGranted },
          { key: 'r', header: t('budget.report.rejected'), numeric: true, render: (r) => r.rejected },
          { key: 'na', header: t('budget.report.notAdmissible'), numeric: true, render: (r) => r.notAdmissible },
          { key: 'req', header: t('budget.report.requested'), numeric: true, render: (r) => f.money(r.requestedCents) },
          { key: 'gc', header: t('budget.report.grantedCents'), numeric: true, render: (r) => f.money(r.grantedCents) },
          { key: 'paid', header: t('budget.ledger.paid'), numeric: true, render: (r) => f.money(r.paidCents) },
        ]}
      />
    </SectionCard>
  );
}

export function TimeToDecision({ time }: { time: Report['timeToDecision'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const days = (n: number | null) => (n === null ? '—' : n.toLocaleString(f.locale));
  const rows = [
    { key: 'all', label: t('budget.report.total'), ...time },
    ...time.byScheme.map((s) => ({ key: s.scheme, ...s })),
  ];
  return (
    <SectionCard title={t('budget.report.timeTitle')}>
      <Table aria-label={t('budget.report.timeTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('budget.report.scheme')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.decided')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.average')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.median')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.minMax')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={r.key === 'all' ? 700 : 400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{r.decided}</Table.Td>
              <Table.Td ta="right">{days(r.averageDays)}</Table.Td>
              <Table.Td ta="right">{days(r.medianDays)}</Table.Td>
              <Table.Td ta="right">{r.minDays === null ? '—' : `${days(r.minDays)} – ${days(r.maxDays)}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

export function ReachTable({ reach }: { reach: Report['reach'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('budget.report.reachTitle')}>
      <Table aria-label={t('budget.report.reachTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.priorityGroups')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.expected')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.report.actual')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reach.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{r.expected}</Table.Td>
              <Table.Td ta="right">{r.actual}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

export function StatusTable({ byStatus }: { byStatus: Report['byStatus'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('budget.report.byStatus')}>
      <Table aria-label={t('budget.report.byStatus')}>
        <Table.Tbody>
          {byStatus
            .filter((s) => s.applications > 0)
            .map((s) => (
              <Table.Tr key={s.status}>
                <Table.Th scope="row" fw={400}>
                  {s.label}
                </Table.Th>
                <Table.Td ta="right">{s.applications}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
