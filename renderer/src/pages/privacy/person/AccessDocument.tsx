import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrintHeader } from '../../../components/PrintHeader';
import { useFormat } from '../../../hooks/useFormat';
import type { PersonExport } from '../privacyTypes';

const show = (v: unknown, none: string): string =>
  v === null || v === undefined || v === '' ? none : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The readable answer to an inzageverzoek: the same data as the JSON export, laid out to print or save as PDF. */
export function AccessDocument({ data, onBack }: { data: PersonExport; onBack: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const none = t('privacy.person.document.none');
  // Columns with a translated label read as words; any other keeps its own name, readable without underscores.
  const label = (column: string) =>
    t(`privacy.person.document.columns.${column}`, { defaultValue: column.replace(/_/g, ' ') });

  return (
    <Stack gap="lg">
      <Group className="no-print">
        <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={onBack}>
          {t('privacy.person.document.back')}
        </Button>
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </Group>
      <article aria-labelledby="access-title">
        <PrintHeader />
        <Title order={2} id="access-title" mb="xs">
          {t('privacy.person.document.title')}
        </Title>
        <Text mb="xs">
          {t('privacy.person.document.lead', {
            house: data.house,
            query: data.query,
            date: f.date(data.generatedAt.slice(0, 10)),
          })}
        </Text>
        <Text size="sm" mb="lg">
          {t('privacy.person.document.rights')}
        </Text>
        {data.records.map((r) => (
          <section
            key={`${r.type}:${r.id}`}
            aria-label={`${t(`privacy.person.types.${r.type}`)} #${r.id}`}
            style={{ marginBottom: '1.5rem' }}
          >
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
              <div key={name} style={{ marginTop: '0.75rem' }}>
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
            ))}
          </section>
        ))}
      </article>
    </Stack>
  );
}
