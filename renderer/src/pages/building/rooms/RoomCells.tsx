import { Badge, ColorSwatch, Group, Text } from '@mantine/core';
import { IconAccessible, IconAccessibleOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { layoutLabel } from './layouts';
import type { Room } from './roomForm';

/** The room's colour and name, with whether it is archived and what it has. */
export function RoomNameCell({ room }: { room: Room }) {
  const { t } = useTranslation();
  return (
    <div>
      <span className="swatch-cell">
        <ColorSwatch color={room.color} size={18} aria-hidden />
        <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {room.name}
        </Text>
      </span>
      {!room.active && (
        <Badge size="sm" variant="light" color="gray" mt={4} display="block">
          {t('rooms.archived')}
        </Badge>
      )}
      {room.facilities.length > 0 && (
        <Text size="xs" c="dimmed" mt={2}>
          {room.facilities.join(', ')}
        </Text>
      )}
    </div>
  );
}

export function RoomLayoutsCell({ room }: { room: Room }) {
  return room.layouts.length ? (
    <Group gap={4}>
      {room.layouts.map((l) => (
        <Badge key={l.layout} variant="default" size="sm" tt="none">
          {layoutLabel(l.layout)} {l.capacity}
        </Badge>
      ))}
    </Group>
  ) : (
    <Text span c="dimmed">
      —
    </Text>
  );
}

export function RoomAccessibleCell({ room }: { room: Room }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {room.wheelchairAccessible ? (
        <IconAccessible size={18} aria-hidden />
      ) : (
        <IconAccessibleOff size={18} aria-hidden />
      )}
      <Text size="sm">{room.wheelchairAccessible ? t('rooms.accessibleYes') : t('rooms.accessibleNo')}</Text>
    </Group>
  );
}
