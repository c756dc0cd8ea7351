import { Group, Text } from '@mantine/core';
import { IconDoorEnter, IconDoorOff, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { formatInterval } from '../../../format';

type Day = Output<'bookings.day'>['day'];

/** Open or closed (and why), and when the beheerder is in: what the desk must know before the first visitor. */
export function DayStatusLine({ day }: { day: Day }) {
  const { t } = useTranslation();
  const open = day.open.length > 0;
  return (
    <Group gap="xl" wrap="wrap">
      <Group gap="xs" wrap="nowrap">
        {open ? <IconDoorEnter size={20} aria-hidden /> : <IconDoorOff size={20} aria-hidden />}
        <Text fw={600} c={open ? undefined : 'red.9'}>
          {day.closedBecause
            ? t('daySheet.closedBecause', { reason: day.closedBecause })
            : open
              ? t('daySheet.openHours', { hours: day.open.map(formatInterval).join(', ') })
              : t('daySheet.closedNoHours')}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <IconUserCheck size={20} aria-hidden />
        <Text>
          {day.beheerder.length
            ? t('daySheet.beheerderHours', { hours: day.beheerder.map(formatInterval).join(', ') })
            : t('daySheet.beheerderAbsent')}
        </Text>
      </Group>
    </Group>
  );
}
