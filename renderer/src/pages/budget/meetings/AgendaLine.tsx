import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { ApplicationStatusBadge } from '../shared/StatusBadge';
import type { Item } from './types';

/** One line of the agenda: a link down to the item's card, the application in short, and remove while untouched. */
export function AgendaLine({ item, canRemove, onRemove }: { item: Item; canRemove: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  return (
    <li style={{ marginBottom: 6 }}>
      <Group gap="sm" wrap="wrap">
        <Anchor href={`#item-${item.id}`}>
          {item.application.number} {item.application.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {item.application.applicantName} · {item.application.schemeLabel} · {t('applications.requested')}{' '}
          {f.money(item.application.requestedCents)}
        </Text>
        <ApplicationStatusBadge status={item.application.status} />
        {me.user.role === 'beheerder' && (
          <Anchor component={Link} to={`/aanvragen/${item.applicationId}`} size="sm">
            {t('meetings.openApplication')}
          </Anchor>
        )}
        {canRemove && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('meetings.removeItem', { title: item.application.title })}
            onClick={onRemove}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </li>
  );
}
