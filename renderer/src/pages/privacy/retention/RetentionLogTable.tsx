import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import type { RetentionLogEntry } from '../privacyTypes';

/** What the job did: when, why, and per kind how many with their numbers; never names. */
export function RetentionLogTable({ entries }: { entries: RetentionLogEntry[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('privacy.retention.log')}
      rows={entries}
      rowKey={(e) => e.id}
      empty={
        <EmptyMessage
          icon={<IconHistory aria-hidden />}
          title={t('privacy.retention.logEmpty')}
          description={t('privacy.retention.logEmptyHelp')}
        />
      }
      columns={[
        { key: 'when', header: t('privacy.retention.when'), render: (e) => f.wallClock(e.ranAt.slice(0, 16)) },
        {
          key: 'trigger',
          header: t('privacy.retention.trigger'),
          render: (e) => t(`privacy.retention.triggers.${e.trigger}`),
        },
        { key: 'by', header: t('privacy.retention.byUser'), render: (e) => e.userName },
        {
          key: 'what',
          header: t('privacy.retention.what'),
          render: (e) =>
            e.actions
              .map((a) => `${t(`privacy.person.types.${a.type}`)}: ${a.count} (#${a.ids.join(', #')})`)
              .join('; '),
        },
      ]}
    />
  );
}
