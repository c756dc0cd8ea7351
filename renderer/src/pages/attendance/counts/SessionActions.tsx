import { Button, Group } from '@mantine/core';
import { IconHandClick, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { countable, sessionState, type Session } from '../shared/sessionState';

/** Enter or correct a session's count, or open the tally counter for it; a session not yet held says why not. */
export function SessionActions({ session: s, onCount }: { session: Session; onCount: (s: Session) => void }) {
  const { t } = useTranslation();
  const state = sessionState(s);
  const why =
    state === 'cancelled' ? t('attendance.whyCancelled') : state === 'future' ? t('attendance.whyFuture') : undefined;
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="xs"
        variant={state === 'open' ? 'filled' : 'default'}
        leftSection={<IconPencil size={14} aria-hidden />}
        disabled={!countable(s)}
        title={why}
        aria-label={t('attendance.countOne', { name: s.activityName })}
        onClick={() => onCount(s)}
      >
        {s.counts ? t('attendance.editCount') : t('attendance.enterCount')}
      </Button>
      {countable(s) && (
        <Button
          size="xs"
          variant="default"
          component={Link}
          to={`/turfteller/${s.id}`}
          leftSection={<IconHandClick size={14} aria-hidden />}
          aria-label={t('attendance.tallyOne', { name: s.activityName })}
        >
          {t('attendance.tallyShort')}
        </Button>
      )}
    </Group>
  );
}
