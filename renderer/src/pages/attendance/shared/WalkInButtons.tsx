import { Button, Group, Stack, Text } from '@mantine/core';
import { IconHandClick } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { DAYPARTS, daypartStart, daypartStarted, type Daypart } from './dayparts';

/**
 * "Tellen" per day-part of each open walk-in on a date: opens (or creates) the walk-in session and
 * goes to the tally counter. Day-parts that have not begun are shown but disabled, as the core refuses them.
 */
export function WalkInButtons({ date, size = 'md' }: { date: string; size?: 'md' | 'xl' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const walkIns = useApi('activities.walkIns', {});
  const { busy, run, alert } = useAction();

  const open = (activityId: number, daypart: Daypart) =>
    run(`${activityId}-${daypart}`, async () => {
      const session = await call('attendance.walkInSession', { activityId, date, daypart });
      void navigate(`/turfteller/${session.id}`);
    });

  if (walkIns.data?.length === 0) return <Text c="dimmed">{t('attendance.noWalkIn')}</Text>;
  return (
    <Stack gap="sm">
      {(walkIns.data ?? []).map((a) => (
        <Group key={a.id} gap="sm" align="center">
          <Text fw={600} miw={140}>
            {a.name}
          </Text>
          {DAYPARTS.map((d) => {
            const started = daypartStarted(date, d);
            return (
              <Button
                key={d}
                size={size}
                variant={started ? 'filled' : 'default'}
                disabled={!started}
                loading={busy === `${a.id}-${d}`}
                leftSection={<IconHandClick size={18} aria-hidden />}
                aria-label={t('attendance.countDaypartOf', { daypart: t(`attendance.dayparts.${d}`), name: a.name })}
                onClick={() => void open(a.id, d)}
              >
                {started
                  ? t('attendance.countDaypart', { daypart: t(`attendance.dayparts.${d}`) })
                  : t('attendance.countDaypartFrom', { daypart: t(`attendance.dayparts.${d}`), time: daypartStart(d) })}
              </Button>
            );
          })}
        </Group>
      ))}
      {alert}
    </Stack>
  );
}
