import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';

type Followup = Output<'incidents.get'>['followups'][number];

/** Follow-ups to tick off; one past its date without a tick says so in words, not only in red. */
export function FollowupList({
  followups,
  canTick,
  onChanged,
}: {
  followups: Followup[];
  canTick: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy, run, alert } = useAction();
  const today = todayIso();
  if (followups.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('incidents.noFollowups')}
      </Text>
    );

  const tick = (fu: Followup, done: boolean) =>
    run(`fu-${fu.id}`, async () => {
      await call('incidents.setFollowupDone', { id: fu.id, done });
      onChanged();
    });

  return (
    <Stack gap="xs">
      {followups.map((fu) => {
        const overdue = !fu.doneAt && fu.dueDate < today;
        const label = (
          <span>
            <Text span fw={600} td={fu.doneAt ? 'line-through' : undefined}>
              {fu.action}
            </Text>
            <Text span c="dimmed" size="sm">
              {' '}
              · {t('incidents.followupMeta', { owner: fu.owner || '—', date: f.date(fu.dueDate) })}
            </Text>
          </span>
        );
        return (
          <Group key={fu.id} gap="xs" wrap="nowrap" align="flex-start">
            {canTick ? (
              <Checkbox
                size="md"
                checked={fu.doneAt !== null}
                disabled={busy === `fu-${fu.id}`}
                onChange={(e) => void tick(fu, e.currentTarget.checked)}
                label={label}
              />
            ) : (
              label
            )}
            {overdue && (
              <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
                {t('incidents.overdue')}
              </Badge>
            )}
            {fu.doneAt && (
              <Text size="xs" c="green.9" style={{ flexShrink: 0 }}>
                {t('incidents.doneOn', { date: f.date(fu.doneAt.slice(0, 10)) })}
              </Text>
            )}
          </Group>
        );
      })}
      {alert}
    </Stack>
  );
}
