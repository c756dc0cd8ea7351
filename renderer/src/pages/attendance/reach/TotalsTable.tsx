import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { totalsColumns, type Band, type Totals } from './totalsColumns';

export type NamedTotals = Totals & { name: string };

/** A reach table: a name column (activity, category, wijk or period) and the shared number columns. */
export function TotalsTable({
  label,
  nameHeader,
  rows,
  bands,
}: {
  label: string;
  nameHeader: string;
  rows: readonly NamedTotals[];
  bands: readonly Band[];
}) {
  const { t } = useTranslation();
  const numbers = totalsColumns(bands, t);
  return (
    <DataTable
      // The surrounding section carries the plain title; the table's own name must differ from it (unique landmarks).
      label={t('reach.tableOf', { title: label })}
      rows={rows}
      rowKey={(r) => r.name}
      minWidth={1000}
      columns={[
        { key: 'name', header: nameHeader, render: (r) => r.name },
        ...numbers.map((c) => ({
          key: c.key,
          header: c.header,
          numeric: true,
          render: (r: NamedTotals) => c.value(r),
        })),
      ]}
    />
  );
}

/** The same table as CSV: headers and rows for CsvDownloadButton. */
export function totalsCsv(
  nameHeader: string,
  rows: readonly NamedTotals[],
  bands: readonly Band[],
  t: Parameters<typeof totalsColumns>[1],
) {
  const numbers = totalsColumns(bands, t);
  return {
    headers: [nameHeader, ...numbers.map((c) => c.header)],
    rows: () => rows.map((r) => [r.name, ...numbers.map((c) => c.value(r))]),
  };
}
