import { useState } from 'react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { RetentionJobCard } from './RetentionJobCard';
import { RetentionLogTable } from './RetentionLogTable';
import { RetentionPreview } from './RetentionPreview';
import { RetentionSwitchConfirm } from './RetentionSwitchConfirm';

/** The retention job: first a preview of what it would do, then the switch, then a log of what it did. */
export function RetentionTab() {
  const { t } = useTranslation();
  const overview = useApi('privacy.retention', {});
  const log = useApi('privacy.retentionLog', {});
  const [confirming, setConfirming] = useState<'on' | 'off' | null>(null);
  const reload = () => {
    overview.reload();
    log.reload();
  };

  return (
    <QueryState query={overview}>
      {(o) => (
        <Stack gap="lg">
          <RetentionJobCard overview={o} onSwitch={setConfirming} />
          <RetentionPreview preview={o.preview} />

          <section aria-labelledby="retention-log">
            <Title order={2} size="h3" id="retention-log" mb="sm">
              {t('privacy.retention.log')}
            </Title>
            <QueryState query={log}>{(entries) => <RetentionLogTable entries={entries} />}</QueryState>
          </section>

          <RetentionSwitchConfirm
            to={confirming}
            previewCount={o.preview.length}
            onClose={() => setConfirming(null)}
            onSwitched={reload}
          />
        </Stack>
      )}
    </QueryState>
  );
}
