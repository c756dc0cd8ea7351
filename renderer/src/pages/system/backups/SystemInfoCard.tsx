import { Card, Code, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { QueryState } from '../../../components/QueryState';
import type { ApiQuery } from '../../../hooks/useApi';
import type { Output } from '../../../api/client';

export function SystemInfoCard({ info }: { info: ApiQuery<Output<'system.info'>> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="system-title">
      <Title order={2} size="h3" id="system-title" mb="sm">
        {t('backups.systemTitle')}
      </Title>
      <QueryState query={info}>
        {(i) => (
          <InfoList
            items={[
              { label: t('backups.dataDir'), value: <Code>{i.dataDir}</Code> },
              { label: t('backups.databaseFile'), value: <Code>{i.databaseFile}</Code> },
              { label: t('backups.backupDir'), value: <Code>{i.backupDir}</Code> },
              {
                label: t('backups.schemaVersion'),
                value: t('backups.schemaVersionValue', { version: i.schemaVersion, latest: i.latestSchemaVersion }),
              },
              { label: t('backups.appVersion'), value: i.appVersion },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
