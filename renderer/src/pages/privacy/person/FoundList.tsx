import { Card, Checkbox, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FoundRecord } from '../privacyTypes';
import { FoundItem } from './FoundItem';

export const recordKey = (r: Pick<FoundRecord, 'type' | 'id'>) => `${r.type}:${r.id}`;

/** The results grouped per kind of record, each with where it is kept, what erasure it allows, and a way to correct it. */
export function FoundList({
  records,
  selected,
  onChange,
}: {
  records: FoundRecord[];
  selected: Set<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { t } = useTranslation();
  const groups = [...new Set(records.map((r) => r.type))].map((type) => ({
    type,
    records: records.filter((r) => r.type === type),
  }));
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(selected);
    for (const k of keys)
      if (on) next.add(k);
      else next.delete(k);
    onChange(next);
  };
  const allKeys = records.map(recordKey);

  return (
    <Stack gap="md">
      <Checkbox
        label={t('privacy.person.selectAll')}
        checked={allKeys.every((k) => selected.has(k))}
        indeterminate={allKeys.some((k) => selected.has(k)) && !allKeys.every((k) => selected.has(k))}
        onChange={(e) => toggle(allKeys, e.currentTarget.checked)}
      />
      {groups.map((g) => (
        <Card
          key={g.type}
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-label={t(`privacy.person.types.${g.type}`)}
        >
          <Title order={2} size="h4" mb="xs">
            {t(`privacy.person.types.${g.type}`)} ({g.records.length})
          </Title>
          <Stack gap="sm">
            {g.records.map((r) => (
              <FoundItem
                key={recordKey(r)}
                record={r}
                checked={selected.has(recordKey(r))}
                onToggle={(on) => toggle([recordKey(r)], on)}
              />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
