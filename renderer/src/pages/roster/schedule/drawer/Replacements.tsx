import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { QueryState } from '../../../../components/QueryState';
import { useAction } from '../../../../hooks/useAction';
import { useApi } from '../../../../hooks/useApi';
import { useFormat } from '../../../../hooks/useFormat';
import { hoursOf } from '../../shared/hours';
import type { Assignment, Shift } from '../../shared/types';

/**
 * "Wie kan invallen?": volunteers with the role who are available, not absent and not busy, fewest
 * hours this month first. One click plans the replacement and signs the original person off.
 */
export function Replacements({
  shift,
  assignment,
  onPlanned,
}: {
  shift: Shift;
  assignment: Assignment;
  onPlanned: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const candidates = useApi('roster.replacements', { assignmentId: assignment.id });
  const { busy, run, alert } = useAction();
  const replace = (c: { id: number; name: string }) =>
    run(
      `replace-${c.id}`,
      async () => {
        // One save plans the replacement and signs the original person off; refused, nothing changes.
        await call('roster.assign', {
          shiftId: shift.id,
          volunteerId: c.id,
          roleId: assignment.roleId,
          replacesAssignmentId: assignment.id,
        });
        onPlanned();
      },
      t('roster.replaced', { name: c.name, other: assignment.volunteerName }),
    );

  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0">
      <Text fw={600} size="sm" mb={6}>
        {t('roster.replacementsTitle', { name: assignment.volunteerName })}
      </Text>
      <QueryState query={candidates}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('roster.noReplacements', { role: assignment.roleName, name: assignment.volunteerName })}
            </Text>
          ) : (
            <Stack gap={6}>
              {list.map((c) => (
                <Group key={c.id} justify="space-between" gap="xs" wrap="nowrap">
                  <div>
                    <Text size="sm" fw={600}>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[c.phone, t('roster.hoursThisMonth', { hours: hoursOf(c.minutesThisMonth, locale) })]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                  <Button
                    size="compact-sm"
                    variant="light"
                    loading={busy === `replace-${c.id}`}
                    onClick={() => void replace(c)}
                    aria-label={t('roster.letReplaceOne', { name: c.name, other: assignment.volunteerName })}
                  >
                    {t('roster.letReplace')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {alert}
    </Paper>
  );
}
