import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { HoursEditor } from './HoursEditor';
import { HoursView } from './HoursView';

export function HoursTab({
  hours,
  canEdit,
  onSaved,
}: {
  hours: Output<'hours.get'>;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  if (!canEdit) {
    return (
      <Card withBorder radius="md" padding="lg" maw={860}>
        <HoursView hours={hours} />
      </Card>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      {(['open', 'beheerder'] as const).map((kind) => (
        <Card key={kind} withBorder radius="md" padding="lg" component="section" aria-labelledby={`hours-${kind}`}>
          <Title order={2} size="h3" id={`hours-${kind}`}>
            {t(`hours.${kind}.title`)}
          </Title>
          <Text c="dimmed" size="sm" mb="md">
            {t(`hours.${kind}.intro`)}
          </Text>
          <HoursEditor kind={kind} intervals={hours[kind]} onSaved={onSaved} />
        </Card>
      ))}
    </Stack>
  );
}
