import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHistory, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import { KeyKindIcon } from './KeyKindIcon';
import type { Holders } from './types';

/** Per person: what each holder has now, and the renters allowed to hold a key (with or without one). */
export function HoldersList({ holders, onHistory }: { holders: Holders; onHistory: (holderName: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const withKey = new Set(holders.holders.flatMap((h) => h.keys.map((k) => k.renterId)).filter((id) => id !== null));
  return (
    <Stack gap="lg">
      {holders.holders.length === 0 ? (
        <EmptyMessage icon={<IconUsers aria-hidden />} title={t('keys.noHolders')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {holders.holders.map((h) => (
            <Card key={h.holderName} withBorder radius="md" padding="md" component="section" aria-label={h.holderName}>
              <Title order={2} size="h4">
                {h.holderName}
              </Title>
              <Badge variant="light" color="gray" mt={4} mb="xs">
                {t(`keys.holderKinds.${h.holderKind}`)}
              </Badge>
              <List spacing={4} listStyleType="none" pl={0}>
                {h.keys.map((k) => (
                  <List.Item key={k.id}>
                    <Group gap={6} wrap="nowrap">
                      <KeyKindIcon kind={k.keyKind} />
                      <Text size="sm">
                        {k.keyLabel}{' '}
                        <Text span size="xs" c="dimmed">
                          {t('keys.since', { date: f.date(k.handedOutOn) })}
                        </Text>
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
              <Group mt="sm">
                <Button
                  size="xs"
                  variant="subtle"
                  px={0}
                  leftSection={<IconHistory size={16} aria-hidden />}
                  onClick={() => onHistory(h.holderName)}
                  aria-label={t('keys.historyOf', { name: h.holderName })}
                >
                  {t('keys.history')}
                </Button>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
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
    </Stack>
  );
}
