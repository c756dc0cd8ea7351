import { Badge, Button, Card, Group, List, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { KeyKindIcon } from './KeyKindIcon';
import type { Holders } from './types';

/** One person with the keys they hold now, and the way to everything they ever held. */
export function HolderCard({
  holder: h,
  onHistory,
}: {
  holder: Holders['holders'][number];
  onHistory: (holderName: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={h.holderName}>
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
  );
}
