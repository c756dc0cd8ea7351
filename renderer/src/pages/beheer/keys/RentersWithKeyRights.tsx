import { Badge, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Holders } from './types';

/** The renters allowed to hold a key, and whether they hold one now. */
export function RentersWithKeyRights({ holders }: { holders: Holders }) {
  const { t } = useTranslation();
  const withKey = new Set(holders.holders.flatMap((h) => h.keys.map((k) => k.renterId)).filter((id) => id !== null));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('keys.rentersTitle')}>
      <Title order={2} size="h3" mb="xs">
        {t('keys.rentersTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('keys.rentersHelp')}
      </Text>
      {holders.rentersWithKeyRights.length === 0 ? (
        <Text c="dimmed">{t('keys.noRentersWithRights')}</Text>
      ) : (
        <List spacing={4}>
          {holders.rentersWithKeyRights.map((r) => (
            <List.Item key={r.id}>
              <Text size="sm" span fw={600}>
                {r.name}
              </Text>
              {r.contactPerson && (
                <Text size="sm" span>
                  {' '}
                  ({r.contactPerson})
                </Text>
              )}{' '}
              <Badge size="sm" variant="light" color={withKey.has(r.id) ? 'green' : 'gray'}>
                {withKey.has(r.id) ? t('keys.hasKey') : t('keys.noKey')}
              </Badge>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
