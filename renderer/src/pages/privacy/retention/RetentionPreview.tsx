import { Title } from '@mantine/core';
import { IconClockShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import type { RetentionOverview } from '../privacyTypes';

/** What the job would anonymise if it ran today, so nobody switches it on blind. */
export function RetentionPreview({ preview }: { preview: RetentionOverview['preview'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby="retention-preview">
      <Title order={2} size="h3" id="retention-preview" mb="sm">
        {t('privacy.retention.preview')}
      </Title>
      <DataTable
        label={t('privacy.retention.preview')}
        rows={preview}
        rowKey={(c) => `${c.type}:${c.id}`}
        empty={
          <EmptyMessage
            icon={<IconClockShield aria-hidden />}
            title={t('privacy.retention.previewEmpty')}
            description={t('privacy.retention.previewEmptyHelp')}
          />
        }
        columns={[
          {
            key: 'type',
            header: t('privacy.retention.type'),
            render: (c) => t(`privacy.person.types.${c.type}`),
          },
          { key: 'id', header: t('privacy.retention.number'), render: (c) => `#${c.id}`, numeric: true },
          { key: 'label', header: t('privacy.retention.label'), render: (c) => c.label },
          { key: 'since', header: t('privacy.retention.since'), render: (c) => (c.since ? f.date(c.since) : '') },
        ]}
      />
    </section>
  );
}
