import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { LIST_PATH } from './kinds';
import { useNoun } from './useNoun';

/** What the import made, with the way to the list it landed in and to another import. */
export function ImportDone({ done, onAgain }: { done: Output<'transfer.import'>; onAgain: () => void }) {
  const { t } = useTranslation();
  const noun = useNoun();
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title={t('transfer.done.title', { count: done.created, noun: noun(done.kind, done.created) })}
      role="status"
    >
      <Text size="sm">
        {done.skipped > 0 ? t('transfer.done.skipped', { count: done.skipped }) : t('transfer.done.audit')}
      </Text>
      <Group mt="md" gap="sm">
        <Button
          component={Link}
          to={LIST_PATH[done.kind]}
          variant="light"
          rightSection={<IconArrowRight size={16} aria-hidden />}
        >
          {t('transfer.done.open', { kind: t(`transfer.kinds.${done.kind}`).toLowerCase() })}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('transfer.done.again')}
        </Button>
      </Group>
    </Alert>
  );
}
