import { FileInput, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from './types';

interface FileStepProps {
  file: File | null;
  onFile: (file: File | null) => void;
  analysis: Analysis | null;
  onSheet: (sheet: string) => void;
  errors: Record<string, string[]>;
}

/** Step 2: the file, and for a workbook with more than one sheet, the sheet. */
export function FileStep({ file, onFile, analysis, onSheet, errors }: FileStepProps) {
  const { t } = useTranslation();
  const fileError = errors.contentBase64?.[0] ?? errors.fileName?.[0];
  return (
    <Stack gap="md">
      <FileInput
        label={t('transfer.file.label')}
        description={t('transfer.file.help')}
        placeholder={t('transfer.file.placeholder')}
        accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        value={file}
        onChange={onFile}
        error={fileError}
        clearable
        required
        maw={520}
      />
      {analysis && analysis.sheets.length > 1 && (
        <Select
          label={t('transfer.file.sheet')}
          description={t('transfer.file.sheetHelp')}
          data={analysis.sheets}
          value={analysis.sheet}
          onChange={(v) => v && onSheet(v)}
          error={errors.sheet?.[0]}
          allowDeselect={false}
          maw={320}
        />
      )}
      {analysis && (
        <Text size="sm" role="status">
          {t('transfer.file.read', { count: analysis.rowCount, columns: analysis.headers.length })}
        </Text>
      )}
    </Stack>
  );
}
