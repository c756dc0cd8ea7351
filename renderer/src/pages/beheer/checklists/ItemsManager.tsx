import { useState } from 'react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import { AddItemForm } from './AddItemForm';
import { ChecklistItemRow } from './ChecklistItemRow';
import { ItemRenameModal } from './ItemRenameModal';
import type { ChecklistItem, Kind } from './ChecklistForm';

/**
 * The core has no "reorder" call, so moving one point renumbers the list 1, 2, 3… and saves only
 * the points whose number changed (one or two calls for a move).
 */
async function saveOrder(items: ChecklistItem[]): Promise<void> {
  for (const [index, item] of items.entries()) {
    if (item.sortOrder !== index + 1)
      await call('checklists.updateItem', {
        id: item.id,
        label: item.label,
        active: item.active,
        sortOrder: index + 1,
      });
  }
}

function KindList({ kind, items, onChanged }: { kind: Kind; items: ChecklistItem[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const { busy, run, alert } = useAction();
  const [renaming, setRenaming] = useState<ChecklistItem | null>(null);

  const move = (index: number, by: -1 | 1) =>
    run(`move-${items[index]!.id}`, async () => {
      const next = [...items];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      await saveOrder(next);
      onChanged();
    });
  const toggle = (item: ChecklistItem) =>
    run(
      `active-${item.id}`,
      async () => {
        await call('checklists.updateItem', {
          id: item.id,
          label: item.label,
          active: !item.active,
          sortOrder: item.sortOrder,
        });
        onChanged();
      },
      item.active
        ? t('checklists.switchedOff', { item: item.label })
        : t('checklists.switchedOn', { item: item.label }),
    );

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t(`checklists.kinds.${kind}`)}>
      <Title order={2} size="h3" mb="sm">
        {t(`checklists.kinds.${kind}`)}
      </Title>
      <Stack gap={6}>
        {items.length === 0 && <Text c="dimmed">{t('checklists.noItems')}</Text>}
        {items.map((item, i) => (
          <ChecklistItemRow
            key={item.id}
            item={item}
            first={i === 0}
            last={i === items.length - 1}
            saving={busy !== null}
            switching={busy === `active-${item.id}`}
            onMove={(by) => void move(i, by)}
            onRename={() => setRenaming(item)}
            onToggle={() => void toggle(item)}
          />
        ))}
        {alert}
      </Stack>
      <AddItemForm kind={kind} onAdded={onChanged} />
      {renaming && <ItemRenameModal item={renaming} onClose={() => setRenaming(null)} onSaved={onChanged} />}
    </Card>
  );
}

/** The beheerder's list of points per checklist: add, rename, move up or down, switch off (a record keeps its text). */
export function ItemsManager({ items, onChanged }: { items: ChecklistItem[]; onChanged: () => void }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <KindList kind="opening" items={items.filter((i) => i.kind === 'opening')} onChanged={onChanged} />
      <KindList kind="sluiting" items={items.filter((i) => i.kind === 'sluiting')} onChanged={onChanged} />
    </SimpleGrid>
  );
}
