import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconArrowRight, IconDoor } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function RoomsCard({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="rooms-card-title">
      <Group gap="sm" mb="xs">
        <IconDoor size={24} aria-hidden />
        <Title order={2} size="h3" id="rooms-card-title">
          {t('nav.rooms')}
        </Title>
      </Group>
      <Text size="xl" fw={700}>
        {t('home.activeRooms', { count })}
      </Text>
      <Button
        component={Link}
        to="/ruimtes"
        variant="light"
        mt="md"
        rightSection={<IconArrowRight size={16} aria-hidden />}
      >
        {count ? t('home.toRooms') : t('home.addRooms')}
      </Button>
    </Card>
  );
}
