import { Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconConfetti } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { useFormat } from '../../hooks/useFormat';

type Closure = Output<'closures.list'>[number];
type Holiday = Output<'calendar.holidays'>[number];

interface Item {
  key: string;
  from: string;
  to: string;
  text: string;
  kind: 'closure' | 'holiday';
}

export function UpcomingList({
  closures,
  holidays,
  closedOnHolidays,
  days,
}: {
  closures: Closure[];
  holidays: Holiday[];
  closedOnHolidays: boolean;
  days: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const items: Item[] = [
    ...closures.map((c) => ({
      key: `c${c.id}`,
      from: c.startDate,
      to: c.endDate,
      text: c.reason,
      kind: 'closure' as const,
    })),
    ...holidays.map((h) => ({ key: `h${h.date}`, from: h.date, to: h.date, text: h.name, kind: 'holiday' as const })),
  ].sort((a, b) => a.from.localeCompare(b.from));

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="upcoming-title">
      <Title order={2} size="h3" id="upcoming-title" mb="sm">
        {t('home.upcoming', { count: days })}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('home.upcomingNone', { count: days })}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" pl={0}>
          {items.map((item) => (
            <List.Item
              key={item.key}
              icon={
                item.kind === 'closure' ? (
                  <IconCalendarOff size={20} aria-hidden />
                ) : (
                  <IconConfetti size={20} aria-hidden />
                )
              }
            >
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {f.dateRange(item.from, item.to)}
                </Text>
                <Text size="sm">{item.text}</Text>
                <Badge size="sm" variant="light" color={item.kind === 'closure' || closedOnHolidays ? 'red' : 'gray'}>
                  {item.kind === 'closure'
                    ? t('home.closure')
                    : closedOnHolidays
                      ? t('home.holidayClosed')
                      : t('home.holidayOpen')}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
