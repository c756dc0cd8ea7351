import { Anchor, Badge, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FoundRecord } from '../privacyTypes';

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
              <Group key={recordKey(r)} justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <Checkbox
                  checked={selected.has(recordKey(r))}
                  onChange={(e) => toggle([recordKey(r)], e.currentTarget.checked)}
                  label={<Text fw={500}>{r.title}</Text>}
                  description={
                    <>
                      {r.detail} · #{r.id}
                      {r.options.note && (
                        <Text span display="block" size="xs" c={r.options.scopes.length ? 'orange.9' : 'red.9'}>
                          {r.options.note}
                        </Text>
                      )}
                    </>
                  }
                  aria-label={t('privacy.person.select', { title: r.title })}
                />
                <Group gap="xs" wrap="nowrap">
                  {r.anonymised === 'volledig' && <Badge color="gray">{t('privacy.person.anonymised')}</Badge>}
                  {r.anonymised === 'contact' && (
                    <Badge color="gray" variant="light">
                      {t('privacy.person.contactRemoved')}
                    </Badge>
                  )}
                  {!r.anonymised && r.options.scopes.length === 0 && (
                    <Badge color="red" variant="light">
                      {t('privacy.person.refused')}
                    </Badge>
                  )}
                  {!r.anonymised && r.options.scopes.length === 1 && r.options.scopes[0] === 'contact' && (
                    <Badge color="orange" variant="light">
                      {t('privacy.person.onlyContact')}
                    </Badge>
                  )}
                  <Anchor
                    component={Link}
                    to={r.link}
                    size="sm"
                    aria-label={t('privacy.person.openOne', { title: r.title })}
                  >
                    {t('privacy.person.open')}
                  </Anchor>
                </Group>
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
