import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { formatTime, wallClockOf } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';

type User = Output<'users.list'>[number];

/** The name, marked when it is the account signed in. */
export function UserNameCell({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useTranslation();
  return (
    <Text fw={600} size="sm">
      {user.name}
      {isSelf && (
        <Text span c="dimmed" size="sm">
          {' '}
          ({t('accounts.you')})
        </Text>
      )}
    </Text>
  );
}

export function UserLastLoginCell({ user }: { user: User }) {
  const { t } = useTranslation();
  const f = useFormat();
  return user.lastLoginAt ? (
    f.wallClock(user.lastLoginAt)
  ) : (
    <Text span c="dimmed" size="sm">
      {t('accounts.never')}
    </Text>
  );
}

/** Until when too many wrong passwords keep the account out; `now` is the table's, so all rows agree. */
export function UserLockCell({ user, now }: { user: User; now: string }) {
  const { t } = useTranslation();
  return user.lockedUntil && user.lockedUntil > now ? (
    <Badge variant="light" color="orange">
      {t('accounts.lockedUntil', { time: formatTime(wallClockOf(new Date(user.lockedUntil)).slice(11)) })}
    </Badge>
  ) : (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );
}
