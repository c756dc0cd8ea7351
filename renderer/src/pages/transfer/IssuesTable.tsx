import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import type { Issue } from './types';

/** The report: one line per problem, with the row number as the spreadsheet shows it. */
export function IssuesTable({ issues, label }: { issues: Issue[]; label: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={label}
      rows={issues}
      rowKey={(i) => `${i.row}-${i.field ?? ''}-${i.message}`}
      columns={[
        { key: 'row', header: t('transfer.preview.row'), numeric: true, render: (i) => i.row },
        {
          key: 'column',
          header: t('transfer.preview.column'),
          render: (i) =>
            i.column || (
              <Text c="dimmed" size="sm">
                {t('transfer.preview.wholeRow')}
              </Text>
            ),
        },
        {
          key: 'message',
          header: t('transfer.preview.message'),
          render: (i) => (
            <>
              {i.duplicate && (
                <Badge color="orange" variant="light" mr="xs">
                  {t('transfer.preview.duplicate')}
                </Badge>
              )}
              {i.message}
            </>
          ),
        },
      ]}
    />
  );
}
