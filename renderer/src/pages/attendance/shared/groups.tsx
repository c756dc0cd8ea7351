import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIORITY_GROUPS } from '../../../../../db/schemas/attendance';

export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** The core names the group "kwetsbare bewoners"; translation keys avoid the space. */
const KEY = { jeugd: 'jeugd', ouderen: 'ouderen', 'kwetsbare bewoners': 'kwetsbaar' } as const;
const COLOR = { jeugd: 'grape', ouderen: 'teal', 'kwetsbare bewoners': 'orange' } as const;

export function usePriorityLabel() {
  const { t } = useTranslation();
  return (group: PriorityGroup) => t(`activities.groups.${KEY[group]}`);
}

/** Which priority groups of the welfare assignment an activity is for, as small labels. */
export function PriorityBadges({ groups }: { groups: readonly PriorityGroup[] }) {
  const label = usePriorityLabel();
  if (groups.length === 0) return <Text span c="dimmed">—</Text>;
  return (
    <Group gap={4}>
      {groups.map((g) => (
        // Dark text on a light tint keeps the contrast above 4.5:1.
        <Badge key={g} color={COLOR[g]} variant="light" autoContrast>
          {label(g)}
        </Badge>
      ))}
    </Group>
  );
}
