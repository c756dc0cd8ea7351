import { useState } from 'react';
import { ActionIcon, Button, Card, Group, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import { useFormat } from '../../../hooks/useFormat';
import type { ClosuresState } from './useClosures';
import { ClosuresTable } from './ClosuresTable';
import { ClosureModal } from './ClosureModal';
import { HolidaysSection } from './HolidaysSection';
import { notifySuccess } from '../../../notify';

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
  const f = useFormat();
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
                  ? (c) => (
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('common.edit')}>
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            aria-label={t('closures.editOne', { reason: c.reason })}
                            onClick={() => setEditing(c)}
                          >
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('common.delete')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            aria-label={t('closures.deleteOne', { reason: c.reason })}
                            onClick={() => setDeleting(c)}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )
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
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('closures.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await call('closures.delete', { id: deleting.id });
          notifySuccess(t('closures.deleted'));
          query.reload();
        }}
      >
        {deleting && (
          <Text>
            {t('closures.deleteConfirm', {
              reason: deleting.reason,
              period: f.dateRange(deleting.startDate, deleting.endDate),
            })}
          </Text>
        )}
      </ConfirmModal>
    </Stack>
  );
}
