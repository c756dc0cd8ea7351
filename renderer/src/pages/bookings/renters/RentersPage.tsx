import { useState } from 'react';
import { Button, Card, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { ArchiveModal } from '../../../components/archive/ArchiveModal';
import { RenterFilters } from './RenterFilters';
import { RenterModal } from './RenterModal';
import { ArchiveRowActions } from '../../../components/archive/ArchiveRowActions';
import { RentersTable } from './RentersTable';
import { NoCategoriesAlert, RentersEmpty } from './RentersNotices';
import type { Renter } from './renterForm';
import { RENTERS_PAGE, useRenterList } from './useRenterList';
import { OffsetPager } from '../../../components/OffsetPager';

/** How many renters there are when they fit on one page; otherwise which are shown and the way to the others. */
function RentersFooter({
  page,
  offset,
  onOffset,
}: {
  page: { rows: unknown[]; more: boolean };
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (offset === 0 && !page.more)
    return page.rows.length > 0 ? (
      <Text size="sm" c="dimmed">
        {t('renters.count', { count: page.rows.length })}
      </Text>
    ) : null;
  return (
    <OffsetPager
      offset={offset}
      shown={page.rows.length}
      pageSize={RENTERS_PAGE}
      more={page.more}
      onOffset={onOffset}
      label={t('renters.title')}
    />
  );
}

export function RentersPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const { renters, filters, filtered, offset, setOffset } = useRenterList();
  const categories = useApi('tariffs.categories', {}, { enabled: canEdit });
  // undefined: closed; null: adding; a renter: editing it.
  const [editing, setEditing] = useState<Renter | null | undefined>(undefined);
  const [archiving, setArchiving] = useState<Renter | null>(null);
  const restoring = useAction();
  // Every renter needs a tariff category: without one, adding would only end in an error.
  const noCategories = categories.data !== undefined && !categories.data.some((c) => c.active);

  const add = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => setEditing(null)}
      disabled={!categories.data || noCategories}
    >
      {t('renters.add')}
    </Button>
  );
  const actions = (r: Renter) => (
    <ArchiveRowActions
      kind="renters"
      item={r}
      canEdit={categories.data !== undefined}
      onEdit={setEditing}
      onArchive={setArchiving}
      onRestored={renters.reload}
      restore={restoring}
    />
  );

  return (
    <>
      <PageHeader
        title={t('renters.title')}
        description={canEdit ? t('renters.intro') : t('renters.introReadOnly')}
        actions={canEdit ? add : undefined}
      />
      {noCategories && <NoCategoriesAlert />}
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <RenterFilters filters={filters} />
          <QueryState query={renters}>
            {(list) => (
              <RentersTable
                renters={list.rows}
                actions={canEdit ? actions : undefined}
                empty={<RentersEmpty filtered={filtered} canEdit={canEdit} add={add} />}
              />
            )}
          </QueryState>
          {restoring.alert}
          {renters.data && <RentersFooter page={renters.data} offset={offset} onOffset={setOffset} />}
        </Stack>
      </Card>

      {editing !== undefined && categories.data && (
        <RenterModal
          renter={editing ?? undefined}
          categories={categories.data}
          onClose={() => setEditing(undefined)}
          onSaved={renters.reload}
        />
      )}
      <ArchiveModal kind="renters" item={archiving} onClose={() => setArchiving(null)} onArchived={renters.reload} />
    </>
  );
}
