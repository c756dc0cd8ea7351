import { ActionIcon, Badge, Card, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconMessageShare, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { CategoryBadge } from '../shared/badges';
import { capitalizeFirst, groupByDay } from './dayparts';
import type { Entry } from './EntryModal';

function EntryItem({ entry, onEdit }: { entry: Entry; onEdit?: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="sm" radius="md" component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <CategoryBadge value={entry.category} />
            {entry.handover && (
              <Badge color="yellow" variant="light" leftSection={<IconMessageShare size={14} aria-hidden />}>
                {entry.acknowledgedAt
                  ? t('logbook.handoverRead', { name: entry.acknowledgedBy, when: f.wallClock(entry.acknowledgedAt) })
                  : t('logbook.handoverUnread')}
              </Badge>
            )}
          </Group>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{entry.text}</Text>
          <Text size="xs" c="dimmed">
            {t('logbook.byline', { author: entry.authorName, time: formatTime(entry.createdAt.slice(11, 16)) })}
          </Text>
        </Stack>
        {onEdit && (
          <Tooltip label={t('common.edit')}>
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t('logbook.editOne', {
                author: entry.authorName,
                time: formatTime(entry.createdAt.slice(11, 16)),
              })}
              onClick={onEdit}
            >
              <IconPencil size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Paper>
  );
}

/** The entries per day and per daypart, as the paper logbook at the desk was kept. */
export function LogbookDays({
  entries,
  canEdit,
  onEdit,
}: {
  entries: readonly Entry[];
  canEdit: (e: Entry) => boolean;
  onEdit: (e: Entry) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap="lg">
      {groupByDay(entries).map((day) => (
        <Card key={day.date} withBorder radius="md" padding="lg" component="section" aria-label={f.dateLong(day.date)}>
          <Title order={2} size="h3" mb="sm">
            {capitalizeFirst(f.dateLong(day.date))}
          </Title>
          <Stack gap="md">
            {day.parts.map((part) => (
              <div key={part.daypart}>
                <Title order={3} size="h5" c="dimmed" mb={6}>
                  {t(`logbook.dayparts.${part.daypart}`)}
                </Title>
                <Stack gap="xs">
                  {part.entries.map((e) => (
                    <EntryItem key={e.id} entry={e} onEdit={canEdit(e) ? () => onEdit(e) : undefined} />
                  ))}
                </Stack>
              </div>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
