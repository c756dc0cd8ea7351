import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAddressBook,
  IconArchive,
  IconArrowBackUp,
  IconInfoCircle,
  IconPencil,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { RENTER_TYPES } from '../../../../../db/modules/bookings/schemas';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import { useMe } from '../../../session/SessionContext';
import { RenterModal } from './RenterModal';
import { RentersTable } from './RentersTable';
import type { Renter, RenterType } from './renterForm';

export function RentersPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const [search, setSearch] = useState('');
  // Searching on every keystroke would reload the table while typing a name.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [type, setType] = useState<RenterType | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const renters = useApi('renters.list', { search: debouncedSearch, type: type ?? undefined, includeArchived });
  const categories = useApi('tariffs.categories', {}, { enabled: canEdit });
  // undefined: closed; null: adding; a renter: editing it.
  const [editing, setEditing] = useState<Renter | null | undefined>(undefined);
  const [archiving, setArchiving] = useState<Renter | null>(null);
  const { busy, run } = useAction();
  const filtered = debouncedSearch !== '' || type !== null;
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

  const restore = (r: Renter) =>
    run(
      `restore-${r.id}`,
      async () => {
        await call('renters.restore', { id: r.id });
        renters.reload();
      },
      t('renters.restored', { name: r.name }),
    );

  const actions = (r: Renter) =>
    r.active ? (
      <Group gap={4} wrap="nowrap">
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('renters.editOne', { name: r.name })}
            onClick={() => setEditing(r)}
            disabled={!categories.data}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('renters.archive')}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('renters.archiveOne', { name: r.name })}
            onClick={() => setArchiving(r)}
          >
            <IconArchive size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    ) : (
      <Button
        variant="light"
        size="xs"
        leftSection={<IconArrowBackUp size={16} aria-hidden />}
        loading={busy === `restore-${r.id}`}
        onClick={() => void restore(r)}
        aria-label={t('renters.restoreOne', { name: r.name })}
      >
        {t('renters.restore')}
      </Button>
    );

  return (
    <>
      <PageHeader
        title={t('renters.title')}
        description={canEdit ? t('renters.intro') : t('renters.introReadOnly')}
        actions={canEdit ? add : undefined}
      />
      {noCategories && (
        <Alert
          variant="light"
          color="orange"
          icon={<IconInfoCircle aria-hidden />}
          title={t('renters.noCategoriesTitle')}
          mb="md"
        >
          {t('renters.noCategories')}{' '}
          <Anchor component={Link} to="/tarieven">
            {t('renters.toTariffs')}
          </Anchor>
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Group gap="sm" align="flex-end">
              <TextInput
                label={t('renters.search')}
                placeholder={t('renters.searchPlaceholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                w={280}
              />
              <Select
                label={t('renters.type')}
                placeholder={t('renters.allTypes')}
                data={RENTER_TYPES.map((x) => ({ value: x, label: t(`renters.types.${x}`) }))}
                value={type}
                onChange={(v) => setType(v as RenterType | null)}
                clearable
                clearButtonProps={{ 'aria-label': t('renters.clearType') }}
                w={220}
              />
            </Group>
            <Switch
              label={t('renters.showArchived')}
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
            />
          </Group>
          <QueryState query={renters}>
            {(list) => (
              <RentersTable
                renters={list}
                actions={canEdit ? actions : undefined}
                empty={
                  filtered ? (
                    <EmptyMessage
                      icon={<IconSearch aria-hidden />}
                      title={t('renters.noMatches')}
                      description={t('renters.noMatchesHelp')}
                    />
                  ) : (
                    <EmptyMessage
                      icon={<IconAddressBook aria-hidden />}
                      title={t('renters.emptyTitle')}
                      description={canEdit ? t('renters.emptyHelp') : t('renters.emptyReadOnly')}
                      action={canEdit ? add : undefined}
                    />
                  )
                }
              />
            )}
          </QueryState>
          {renters.data && renters.data.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('renters.count', { count: renters.data.length })}
            </Text>
          )}
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
      <ConfirmModal
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={t('renters.archiveTitle')}
        confirmLabel={t('renters.archive')}
        danger
        onConfirm={async () => {
          if (!archiving) return;
          await call('renters.archive', { id: archiving.id });
          notifySuccess(t('renters.archivedDone', { name: archiving.name }));
          renters.reload();
        }}
      >
        {archiving && <Text>{t('renters.archiveConfirm', { name: archiving.name })}</Text>}
      </ConfirmModal>
    </>
  );
}
