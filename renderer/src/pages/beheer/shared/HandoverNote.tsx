import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';

type Entry = Output<'logbook.handovers'>[number];

/** One unread handover note: who wrote it for which daypart, the text, and "Gelezen" for the desk. */
export function HandoverNote({
  note,
  canRead,
  busy,
  onRead,
}: {
  note: Entry;
  canRead: boolean;
  busy: boolean;
  onRead: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <div>
          <Text size="sm" fw={600}>
            {t('logbook.noteMeta', {
              date: f.date(note.date),
              daypart: t(`logbook.dayparts.${note.daypart}`),
              author: note.authorName,
            })}
          </Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{note.text}</Text>
        </div>
        {canRead && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconCheck size={16} aria-hidden />}
            style={{ flexShrink: 0 }}
            loading={busy}
            onClick={onRead}
            aria-label={t('logbook.markReadOne', { author: note.authorName, date: f.date(note.date) })}
          >
            {t('logbook.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
