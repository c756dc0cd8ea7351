import { Badge, Group, List, Text } from '@mantine/core';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { Dashboard } from './types';

/** Provisional holds that lapse within a week: call the renter before the room is free again. */
export function OptionsCard({ options }: { options: Dashboard['expiringOptions'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard
      title={t('today.optionsTitle')}
      icon={<IconHourglass size={24} aria-hidden />}
      aside={
        <Badge variant="light" size="lg" color={options.length ? 'yellow' : 'green'}>
          {options.length}
        </Badge>
      }
      links={[{ to: '/agenda', label: t('today.toAgenda') }]}
    >
      {options.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-green-8)" aria-hidden />
          <Text>{t('today.noOptions')}</Text>
        </Group>
      ) : (
        <List spacing="xs" listStyleType="none" pl={0}>
          {options.map((b) => (
            <List.Item key={b.id}>
              <Text size="sm" fw={600}>
                {b.title}
              </Text>
              <Text size="sm" c="dimmed">
                {t('today.optionLine', {
                  renter: b.renterName,
                  when: f.wallClock(b.start),
                  until: f.date(b.optionUntil ?? b.start),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
