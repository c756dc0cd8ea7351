import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIORITY_GROUPS } from '../../../../../db/modules/attendance/schemas';

export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** The core names the group "kwetsbare bewoners"; translation keys avoid the space. */
const KEY = { jeugd: 'jeugd', ouderen: 'ouderen', 'kwetsbare bewoners': 'kwetsbaar' } as const;
const COLOR = { jeugd: 'grape', ouderen: 'teal', 'kwetsbare bewoners': 'orange' } as const;

/** Badges cut their text off in narrow columns; a group or state must be read in full. */
export const NO_TRUNCATE = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } };

export function usePriorityLabel() {
  const { t } = useTranslation();
  return (group: PriorityGroup) => t(`activities.groups.${KEY[group]}`);
}

/** Which priority groups of the welfare assignment an activity is for, as small labels. */
export function PriorityBadges({ groups }: { groups: readonly PriorityGroup[] }) {
  const label = usePriorityLabel();
  if (groups.length === 0)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={4}>
      {groups.map((g) => (
        // The darkest shade on a light tint keeps the contrast above 4.5:1 (teal's default text did not).
        <Badge key={g} color={COLOR[g]} c="black" variant="light" tt="none" size="md" styles={NO_TRUNCATE}>
          {label(g)}
        </Badge>
      ))}
    </Group>
  );
}
