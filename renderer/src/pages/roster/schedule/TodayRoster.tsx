import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCalendarUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { timeRange } from '../shared/time';
import { NeedBadge } from './week/ShiftCard';

/** For the desk: who is on duty today, per shift and role. No phone numbers: the core leaves them out for the balie. */
export function TodayRoster() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useApi('roster.today', {});
  return (
    <QueryState query={today}>
      {(shifts) =>
        shifts.length === 0 ? (
          <EmptyMessage icon={<IconCalendarUser aria-hidden />} title={t('roster.today.none')} />
        ) : (
          <Stack gap="md">
            <Text fw={600}>{f.dateLong(todayIso())}</Text>
            {shifts.map((s) => (
              <Card
                key={s.id}
                withBorder
                radius="md"
                padding="md"
                component="section"
                aria-labelledby={`today-${s.id}`}
              >
                <Title order={2} size="h4" id={`today-${s.id}`}>
                  {timeRange(s)} · {s.title}
                </Title>
                <Stack gap={6} mt="xs">
                  {s.needs.map((n) => (
                    <Group key={n.roleId} gap="xs" align="flex-start">
                      <Text size="sm" fw={600} miw={200}>
                        {n.roleName} <NeedBadge filled={n.filled} count={n.count} />
                      </Text>
                      <List size="sm" listStyleType="none">
                        {s.assignments
                          .filter((a) => a.roleId === n.roleId)
                          .map((a) => (
                            <List.Item key={a.id}>{a.volunteerName}</List.Item>
                          ))}
                      </List>
                    </Group>
                  ))}
                </Stack>
              </Card>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
