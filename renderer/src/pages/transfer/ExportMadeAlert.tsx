import { Alert, Text } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { PathLine } from './PathLine';

export type MadeExport = Output<'transfer.exportAll'>;

/** The export just made: how much it holds and the folder it is in. */
export function ExportMadeAlert({ made }: { made: MadeExport }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconFolder aria-hidden />}
      title={t('transfer.export.madeTitle', { tables: made.tables, rows: made.rows })}
      role="status"
    >
      <Text size="sm" mb={4}>
        {t('transfer.export.where')}
      </Text>
      <PathLine path={made.path} />
    </Alert>
  );
}
