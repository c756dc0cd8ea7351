import { useState } from 'react';
import { Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import type { ClosuresState } from './useClosures';
import { ClosuresTable } from './ClosuresTable';
import { ClosureModal } from './ClosureModal';
import { HolidaysSection } from './HolidaysSection';
import { ClosureRowActions } from './ClosureRowActions';
import { DeleteClosureModal } from './DeleteClosureModal';

type Closure = Output<'closures.list'>[number];

export function ClosuresTab({
  closures,
  canEdit,
  closedOnHolidays,
}: {
  closures: ClosuresState;
  canEdit: boolean;
  closedOnHolidays: boolean | undefined;
}) {
  const { t } = useTranslation();
  // undefined: closed; null: adding; a closure: editing it.
  const [editing, setEditing] = useState<Closure | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Closure | null>(null);
  const { query, showPast, setShowPast } = closures;

  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t('closures.add')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="closures-title">
        <Group justify="space-between" mb="sm">
          <div>
            <Title order={2} size="h3" id="closures-title">
              {t('closures.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('closures.intro')}
            </Text>
          </div>
          <Group>
            <Switch
              label={t('closures.showPast')}
              checked={showPast}
              onChange={(e) => setShowPast(e.currentTarget.checked)}
            />
            {canEdit && add}
          </Group>
        </Group>
        <QueryState query={query}>
          {(list) => (
            <ClosuresTable
              closures={list}
              empty={
                <EmptyMessage
                  icon={<IconCalendarOff aria-hidden />}
                  title={t('closures.emptyTitle')}
                  description={canEdit ? t('closures.emptyHelp') : t('closures.none')}
                  action={canEdit ? add : undefined}
                />
              }
              actions={
                canEdit
                  ? (c) => <ClosureRowActions closure={c} onEdit={setEditing} onDelete={setDeleting} />
                  : undefined
              }
            />
          )}
        </QueryState>
      </Card>
      <HolidaysSection closedOnHolidays={closedOnHolidays} />

      {editing !== undefined && (
        <ClosureModal closure={editing ?? undefined} onClose={() => setEditing(undefined)} onSaved={query.reload} />
      )}
      <DeleteClosureModal closure={deleting} onClose={() => setDeleting(null)} onDeleted={query.reload} />
    </Stack>
  );
}
