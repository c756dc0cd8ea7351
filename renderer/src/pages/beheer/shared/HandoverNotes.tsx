import { useId } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconMessageShare } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import { useMe } from '../../../session/SessionContext';
import { HandoverNote } from './HandoverNote';

type Entry = Output<'logbook.handovers'>[number];

function LogbookLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/logboek" size="sm" fw={600}>
      <Group gap={4} component="span">
        {t('today.toLogbook')}
        <IconArrowRight size={16} aria-hidden />
      </Group>
    </Anchor>
  );
}

/**
 * Handover notes nobody has read yet, on top of Vandaag and the logbook until someone marks them
 * "Gelezen": that is how the next shift knows the kachel is in the berging.
 */
/** `toLogbook` adds the way to the logbook, for Vandaag; also when there is nothing to read, so the logbook is always one click away. */
export function HandoverNotes({
  notes,
  onRead,
  toLogbook = false,
}: {
  notes: Entry[];
  onRead: () => void;
  toLogbook?: boolean;
}) {
  const { t } = useTranslation();
  const { user } = useMe();
  const canRead = user.role === 'beheerder' || user.role === 'balie';
  const { busy, run, alert } = useAction();
  const titleId = useId();

  if (notes.length === 0) {
    return toLogbook ? (
      <Group gap="sm">
        <Text c="dimmed" size="sm">
          {t('logbook.noHandovers')}
        </Text>
        <LogbookLink />
      </Group>
    ) : null;
  }

  const acknowledge = (note: Entry) =>
    run(
      `read-${note.id}`,
      async () => {
        await call('logbook.acknowledge', { id: note.id });
        onRead();
      },
      t('logbook.markedRead'),
    );

  return (
    // Not an alert role: the notes are there when the page opens, nothing to interrupt a screen reader for.
    <Card
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="md"
      padding="lg"
      bg="yellow.0"
      style={{ borderColor: 'var(--mantine-color-yellow-5)' }}
    >
      <Group gap="sm" mb="sm">
        <IconMessageShare size={24} aria-hidden />
        <Title order={2} size="h3" id={titleId}>
          {t('logbook.handoversTitle', { count: notes.length })}
        </Title>
      </Group>
      <Stack gap="sm">
        {notes.map((note) => (
          <HandoverNote
            key={note.id}
            note={note}
            canRead={canRead}
            busy={busy === `read-${note.id}`}
            onRead={() => void acknowledge(note)}
          />
        ))}
        {alert}
      </Stack>
      {toLogbook && (
        <Group mt="sm">
          <LogbookLink />
        </Group>
      )}
    </Card>
  );
}
