import { Alert, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { FormAlert } from '../../components/FormAlert';
import type { Analysis, Field } from './types';

const IGNORE = '';

interface MappingStepProps {
  analysis: Analysis;
  mapping: (string | null)[];
  onChange: (mapping: (string | null)[]) => void;
  errors: Record<string, string[]>;
}

export function useFieldLabel() {
  const { t } = useTranslation();
  return (f: Pick<Field, 'key' | 'label'>) => t(`transfer.fields.${f.key}`, { defaultValue: f.label });
}

/** Step 3: which field each column fills. A field can be chosen for one column only. */
export function MappingStep({ analysis, mapping, onChange, errors }: MappingStepProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const missing = analysis.fields.filter((f) => f.required && !mapping.includes(f.key));
  const columns = analysis.headers.map((header, index) => ({ header, index }));
  const set = (index: number, key: string | null) =>
    onChange(mapping.map((m, i) => (i === index ? (key === IGNORE ? null : key) : m)));
  const hint = (key: string | null) => {
    const f = analysis.fields.find((x) => x.key === key);
    return f?.hint ? t(`transfer.hints.${f.key}`, { defaultValue: f.hint }) : undefined;
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('transfer.mapping.help')}</Text>
      {missing.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('transfer.mapping.missingTitle')}
        >
          {t('transfer.mapping.missing', { fields: missing.map(label).join(', ') })}
        </Alert>
      )}
      <FormAlert message={errors.mapping?.[0]} title={null} />
      <DataTable
        label={t('transfer.mapping.table')}
        rows={columns}
        rowKey={(c) => c.index}
        columns={[
          { key: 'header', header: t('transfer.mapping.column'), render: (c) => <Text fw={600}>{c.header}</Text> },
          {
            key: 'sample',
            header: t('transfer.mapping.sample'),
            render: (c) => (
              <Text size="sm" c="dimmed" lineClamp={2}>
                {analysis.samples
                  .map((s) => s.cells[c.index])
                  .filter(Boolean)
                  .slice(0, 3)
                  .join(' · ') || t('transfer.mapping.emptyColumn')}
              </Text>
            ),
          },
          {
            key: 'field',
            header: t('transfer.mapping.field'),
            render: (c) => (
              <Select
                aria-label={t('transfer.mapping.fieldFor', { column: c.header })}
                data={[
                  { value: IGNORE, label: t('transfer.mapping.ignore') },
                  ...analysis.fields.map((f) => ({
                    value: f.key,
                    label: f.required ? t('transfer.mapping.requiredField', { field: label(f) }) : label(f),
                    disabled: mapping.includes(f.key) && mapping[c.index] !== f.key,
                  })),
                ]}
                value={mapping[c.index] ?? IGNORE}
                onChange={(v) => set(c.index, v)}
                description={hint(mapping[c.index] ?? null)}
                error={errors[`mapping.${c.index}`]?.[0]}
                allowDeselect={false}
                miw={220}
              />
            ),
          },
        ]}
      />
    </Stack>
  );
}
