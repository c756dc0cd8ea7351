import { Button } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../../../db/platform/csv';
import { call } from '../../../api/client';
import { saveFile, XLSX_TYPE } from '../../../components/saveFile';
import type { Action } from '../../../hooks/useAction';

/**
 * Every count of the period, one row per session: as CSV and as an Excel workbook with the summaries. In a card's
 * header: the card places `action.alert` for a refused download.
 */
export function ExportButtons({
  from,
  to,
  disabled,
  action,
}: {
  from: string;
  to: string;
  disabled: boolean;
  action: Action;
}) {
  const { t } = useTranslation();
  const { busy, run } = action;
  const raw = () =>
    run('csv', async () => {
      const r = await call('reports.rawCounts', { from, to });
      saveFile(`${t('reach.rawFile')}-${from}-${to}.csv`, { text: toCsv(r.headers, r.rows) }, 'text/csv;charset=utf-8');
    });
  const xlsx = () =>
    run('xlsx', async () => {
      const r = await call('reports.attendanceXlsx', { from, to });
      saveFile(r.fileName, { base64: r.base64 }, XLSX_TYPE);
    });
  return (
    <>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconDownload size={18} aria-hidden />}
        disabled={disabled}
        loading={busy === 'csv'}
        onClick={() => void raw()}
      >
        {t('reach.rawCsv')}
      </Button>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        disabled={disabled}
        loading={busy === 'xlsx'}
        onClick={() => void xlsx()}
      >
        {t('reach.xlsx')}
      </Button>
    </>
  );
}
