import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WalkInButtons } from '../shared/WalkInButtons';

/** The inloop of the day, counted without a booking behind it. */
export function WalkInCard({ date }: { date: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="walkin-title">
      <Title order={2} size="h3" id="walkin-title" mb={4}>
        {t('attendance.walkInTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('attendance.walkInHelp')}
      </Text>
      <WalkInButtons date={date} />
    </Card>
  );
}
