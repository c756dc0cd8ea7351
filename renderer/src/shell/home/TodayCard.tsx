import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDoorEnter, IconDoorOff, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { formatInterval, formatTime, wallClockOf } from '../../format';
import { useFormat } from '../../hooks/useFormat';

type Day = Output<'calendar.days'>[number];

/** "Now open until 22:00" / "opens at 09:00" / "closed for the rest of the day", from today's intervals. */
function useNowLine(day: Day): string {
  const { t } = useTranslation();
  const now = wallClockOf(new Date()).slice(11, 16);
  const current = day.open.find((i) => i.start <= now && now < i.end);
  if (current) return t('home.openNowUntil', { time: formatTime(current.end) });
  const next = day.open.find((i) => i.start > now);
  if (next) return t('home.opensAt', { time: formatTime(next.start) });
  return day.open.length ? t('home.closedRestOfDay') : '';
}

/** `title` names the card where "Vandaag" is already the page's heading. */
export function TodayCard({ day, title }: { day: Day; title?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const open = day.open.length > 0;
  const nowLine = useNowLine(day);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="today-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id="today-title">
              {title ?? t('home.today')}
            </Title>
            <Text c="dimmed">{f.dateLong(day.date)}</Text>
          </div>
          <Badge
            size="lg"
            variant="light"
            color={open ? 'green' : 'red'}
            leftSection={open ? <IconDoorEnter size={16} aria-hidden /> : <IconDoorOff size={16} aria-hidden />}
          >
            {open ? t('home.openToday') : t('home.closedToday')}
          </Badge>
        </Group>
        {day.closedBecause ? (
          <Text size="lg">{t('home.closedBecause', { reason: day.closedBecause })}</Text>
        ) : open ? (
          <Text size="lg">
            {t('home.openHours', { hours: day.open.map(formatInterval).join(', ') })}
            {nowLine && (
              <Text span c="dimmed">
                {' '}
                · {nowLine}
              </Text>
            )}
          </Text>
        ) : (
          <Text size="lg">{t('home.noHoursToday')}</Text>
        )}
        <Group gap="xs" wrap="nowrap">
          <IconUserCheck size={20} aria-hidden />
          <Text>
            {day.beheerder.length
              ? t('home.beheerderPresent', { hours: day.beheerder.map(formatInterval).join(', ') })
              : t('home.beheerderAbsent')}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
