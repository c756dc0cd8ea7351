import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClockShield, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { RetentionLogTable } from './RetentionLogTable';

/** The retention job: first a preview of what it would do, then the switch, then a log of what it did. */
export function RetentionTab() {
  const { t } = useTranslation();
  const f = useFormat();
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
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="retention-job">
            <Group justify="space-between" align="flex-start">
              <div>
                <Group gap="sm">
                  <Title order={2} size="h3" id="retention-job">
                    {t('privacy.retention.title')}
                  </Title>
                  <Badge color={o.enabledAt ? 'green' : 'gray'}>
                    {o.enabledAt
                      ? t('privacy.retention.on', { date: f.date(o.enabledAt.slice(0, 10)), name: o.enabledBy })
                      : t('privacy.retention.off')}
                  </Badge>
                </Group>
                <Text mt="xs" maw={720}>
                  {o.enabledAt ? t('privacy.retention.onHelp') : t('privacy.retention.offHelp')}
                </Text>
                {o.lastRunOn && (
                  <Text size="sm" c="dimmed" mt={4}>
                    {t('privacy.retention.lastRun', { date: f.date(o.lastRunOn) })}
                  </Text>
                )}
              </div>
              {o.enabledAt ? (
                <Button
                  variant="default"
                  leftSection={<IconPlayerStop size={18} aria-hidden />}
                  onClick={() => setConfirming('off')}
                >
                  {t('privacy.retention.disable')}
                </Button>
              ) : (
                <Button leftSection={<IconPlayerPlay size={18} aria-hidden />} onClick={() => setConfirming('on')}>
                  {t('privacy.retention.enable')}
                </Button>
              )}
            </Group>
          </Card>

          <section aria-labelledby="retention-preview">
            <Title order={2} size="h3" id="retention-preview" mb="sm">
              {t('privacy.retention.preview')}
            </Title>
            <DataTable
              label={t('privacy.retention.preview')}
              rows={o.preview}
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

          <section aria-labelledby="retention-log">
            <Title order={2} size="h3" id="retention-log" mb="sm">
              {t('privacy.retention.log')}
            </Title>
            <QueryState query={log}>{(entries) => <RetentionLogTable entries={entries} />}</QueryState>
          </section>

          <ConfirmModal
            opened={confirming !== null}
            onClose={() => setConfirming(null)}
            title={confirming === 'on' ? t('privacy.retention.enableTitle') : t('privacy.retention.disable')}
            confirmLabel={confirming === 'on' ? t('privacy.retention.enable') : t('privacy.retention.disable')}
            danger={confirming === 'on'}
            onConfirm={async () => {
              const result = await call('privacy.setRetentionJob', { enabled: confirming === 'on' });
              notifySuccess(
                confirming === 'on'
                  ? t('privacy.retention.enabled', { count: result.anonymised })
                  : t('privacy.retention.disabled'),
              );
              reload();
            }}
          >
            <Text>
              {confirming === 'on'
                ? t('privacy.retention.enableConfirm', { count: o.preview.length })
                : t('privacy.retention.onHelp')}
            </Text>
          </ConfirmModal>
        </Stack>
      )}
    </QueryState>
  );
}
