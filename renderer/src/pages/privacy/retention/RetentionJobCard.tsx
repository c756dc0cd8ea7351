import { Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { RetentionOverview } from '../privacyTypes';

/** Whether the retention job runs, since when and by whom, when it last ran, and the switch. */
export function RetentionJobCard({
  overview: o,
  onSwitch,
}: {
  overview: RetentionOverview;
  onSwitch: (to: 'on' | 'off') => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
            onClick={() => onSwitch('off')}
          >
            {t('privacy.retention.disable')}
          </Button>
        ) : (
          <Button leftSection={<IconPlayerPlay size={18} aria-hidden />} onClick={() => onSwitch('on')}>
            {t('privacy.retention.enable')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
