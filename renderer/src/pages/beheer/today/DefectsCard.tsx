import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { PriorityBadge } from '../shared/badges';
import { wherePlace } from '../shared/useRoomOptions';
import type { Dashboard } from './types';

export function DefectsCard({ defects }: { defects: Dashboard['defects'] }) {
  const { t } = useTranslation();
  return (
    <SectionCard
      title={t('today.defectsTitle')}
      icon={<IconTool size={24} aria-hidden />}
      aside={
        <Badge variant="light" size="lg" color={defects.open ? 'orange' : 'green'}>
          {defects.open}
        </Badge>
      }
      links={[{ to: '/storingen', label: t('today.toDefects') }]}
    >
      {defects.open === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-green-8)" aria-hidden />
          <Text>{t('today.noDefects')}</Text>
        </Group>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('today.openDefects', { count: defects.open })}
          </Text>
          <List spacing="xs" listStyleType="none" pl={0}>
            {defects.oldest.map((d) => (
              <List.Item key={d.id}>
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {d.title}
                  </Text>
                  <PriorityBadge value={d.priority} />
                  <Text size="sm" c="dimmed">
                    {[wherePlace(d), t('defects.age', { count: d.ageDays })].filter(Boolean).join(' · ')}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </SectionCard>
  );
}
