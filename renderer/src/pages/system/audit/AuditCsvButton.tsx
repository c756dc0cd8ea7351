import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, ApiCallError } from '../../../api/client';
import { toCsv } from '../../../../../db/platform/csv';
import { saveFile } from '../../../components/saveFile';
import { entityLabel, methodLabel } from './entities';

type Filter = { from?: string; to?: string; userId?: number; entity?: string; text?: string };

/**
 * The filtered log as CSV with every entry on its own line (the screen folds taps; an auditor wants them all), the
 * function both in words and as stored, so a spreadsheet can filter on either.
 */
export function AuditCsvButton({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const rows = await call('audit.export', filter);
      const h = (k: string) => t(`audit.csvHeaders.${k as 'at'}`);
      saveFile(
        `${t('audit.csvFile')}.csv`,
        {
          text: toCsv(
            ['at', 'who', 'method', 'code', 'entity', 'id', 'summary'].map(h),
            rows.map((r) => [
              r.at.replace('T', ' '),
              r.userName,
              methodLabel(t, r.method),
              r.method,
              entityLabel(t, r.entity),
              r.entityId,
              r.summary,
            ]),
          ),
        },
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Button
        variant="default"
        size="sm"
        leftSection={<IconDownload size={18} aria-hidden />}
        loading={busy}
        onClick={() => void download()}
        aria-describedby="audit-csv-help"
        style={{ flexShrink: 0 }}
      >
        {t('audit.csv')}
      </Button>
      {/* "CSV" is jargon: the line says what the file is for, and that it holds every entry. */}
      <Text size="sm" c={error ? 'red.8' : 'dimmed'} id="audit-csv-help" role={error ? 'alert' : undefined}>
        {error ?? t('audit.csvHelp')}
      </Text>
    </Group>
  );
}
