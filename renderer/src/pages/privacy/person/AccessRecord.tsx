import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonExport } from '../privacyTypes';

type ExportRecord = PersonExport['records'][number];

const show = (v: unknown, none: string): string =>
  v === null || v === undefined || v === '' ? none : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Rows linked to the record (a volunteer's roles, a renter's bookings), under the names the query gives its columns. */
function RelatedRows({ name, rows, none }: { name: string; rows: unknown[]; none: string }) {
  return (
    <div style={{ marginTop: '0.75rem' }}>
      <Title order={4} size="h5" mb={4}>
        {name} ({rows.length})
      </Title>
      {rows.length > 0 && (
        <Table withTableBorder verticalSpacing={2} fz="sm" aria-label={name}>
          <Table.Thead>
            <Table.Tr>
              {Object.keys(rows[0] as object).map((c) => (
                <Table.Th key={c} scope="col">
                  {c.replace(/_/g, ' ')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={i}>
                {Object.values(row as object).map((v, j) => (
                  <Table.Td key={j}>{show(v, none)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}

/** One record of the person: every field with its value, then what is linked to it. */
export function AccessRecord({ record: r }: { record: ExportRecord }) {
  const { t } = useTranslation();
  const none = t('privacy.person.document.none');
  // Columns with a translated label read as words; any other keeps its own name, readable without underscores.
  const label = (column: string) =>
    t(`privacy.person.document.columns.${column}`, { defaultValue: column.replace(/_/g, ' ') });
  return (
    <section aria-label={`${t(`privacy.person.types.${r.type}`)} #${r.id}`} style={{ marginBottom: '1.5rem' }}>
      <Title order={3} size="h4" mb="xs">
        {t(`privacy.person.types.${r.type}`)} #{r.id}
      </Title>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        aria-label={`${t(`privacy.person.types.${r.type}`)} #${r.id}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="30%">
              {t('privacy.person.document.field')}
            </Table.Th>
            <Table.Th scope="col">{t('privacy.person.document.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.entries(r.data).map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th scope="row" fw={500}>
                {label(k)}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(v, none)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {Object.entries(r.related).map(([name, rows]) => (
        <RelatedRows key={name} name={name} rows={rows} none={none} />
      ))}
    </section>
  );
}
