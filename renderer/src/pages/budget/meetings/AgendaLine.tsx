import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { ApplicationStatusBadge } from '../shared/StatusBadge';
import type { Item } from './types';

/**
 * Down to the item's card on this page. A plain '#item-7' is a route to the hash router and threw the user to
 * the home page (issue 18); the link points at this meeting and scrolls itself, then the item's heading has the
 * focus, so the keyboard carries on from there.
 */
function goToItem(event: React.MouseEvent, itemId: number): void {
  event.preventDefault();
  const card = document.getElementById(`item-${itemId}`);
  card?.scrollIntoView({ block: 'start' });
  card?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
}

/** One line of the agenda: a link down to the item's card, the application in short, and remove while untouched. */
export function AgendaLine({ item, canRemove, onRemove }: { item: Item; canRemove: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { pathname } = useLocation();
  return (
    <li style={{ marginBottom: 6 }}>
      <Group gap="sm" wrap="wrap">
        <Anchor href={`#${pathname}`} onClick={(event) => goToItem(event, item.id)}>
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
