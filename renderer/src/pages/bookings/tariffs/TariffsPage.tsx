import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconReceipt2, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { Loading, LoadError } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';
import { notifySuccess } from '../../../notify';
import { useMe } from '../../../session/SessionContext';
import { CategoryModal } from './CategoryModal';
import { CategorySection } from './CategorySection';
import { PriceRules } from './PriceRules';
import { TariffModal } from './TariffModal';
import { validityOf, type Category, type Tariff } from './tariffForm';

/** What the tariff dialog is doing: adding (in a category, or any) or editing one rate. */
type TariffEdit = { tariff?: Tariff; categoryId?: number | null };

export function TariffsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const categories = useApi('tariffs.categories', {});
  const tariffs = useApi('tariffs.list', {});
  const rooms = useApi('rooms.list', { includeArchived: true }, { enabled: canEdit });
  // undefined: closed; null: adding; a category: editing it.
  const [editingCategory, setEditingCategory] = useState<Category | null | undefined>(undefined);
  const [editingTariff, setEditingTariff] = useState<TariffEdit | undefined>(undefined);
  const [deleting, setDeleting] = useState<Tariff | null>(null);
  const reload = () => {
    categories.reload();
    tariffs.reload();
  };

  const describe = (x: Tariff) =>
    t('tariffs.describe', {
      category: x.categoryName,
      room: x.roomName ?? t('tariffs.allRooms'),
      date: f.date(x.validFrom),
    });
  const tariffActions = (x: Tariff) => (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('tariffs.editOne', { tariff: describe(x) })}
          onClick={() => setEditingTariff({ tariff: x })}
        >
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('common.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('tariffs.deleteOne', { tariff: describe(x) })}
          onClick={() => setDeleting(x)}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );

  const headerActions = canEdit ? (
    <>
      <Button
        variant="default"
        leftSection={<IconPlus size={18} aria-hidden />}
        onClick={() => setEditingCategory(null)}
      >
        {t('tariffs.addCategory')}
      </Button>
      <Button
        leftSection={<IconPlus size={18} aria-hidden />}
        onClick={() => setEditingTariff({})}
        disabled={!categories.data?.length}
      >
        {t('tariffs.addTariff')}
      </Button>
    </>
  ) : undefined;

  const error = categories.error ?? tariffs.error;
  const validity = validityOf(tariffs.data ?? [], todayIso());

  return (
    <>
      <PageHeader
        title={t('tariffs.title')}
        description={canEdit ? t('tariffs.intro') : t('tariffs.introReadOnly')}
        actions={headerActions}
      />
      <Stack gap="lg">
        <PriceRules />
        {error && <LoadError error={error} onRetry={reload} />}
        {!categories.data || !tariffs.data ? (
          !error && <Loading />
        ) : categories.data.length === 0 ? (
          <EmptyMessage
            icon={<IconReceipt2 aria-hidden />}
            title={t('tariffs.emptyTitle')}
            description={canEdit ? t('tariffs.emptyHelp') : t('tariffs.emptyReadOnly')}
          />
        ) : (
          categories.data.map((c) => (
            <CategorySection
              key={c.id}
              category={c}
              tariffs={tariffs.data!.filter((x) => x.categoryId === c.id)}
              validity={validity}
              onEdit={canEdit ? () => setEditingCategory(c) : undefined}
              onAddTariff={canEdit ? () => setEditingTariff({ categoryId: c.id }) : undefined}
              tariffActions={canEdit ? tariffActions : undefined}
            />
          ))
        )}
      </Stack>

      {editingCategory !== undefined && (
        <CategoryModal
          category={editingCategory ?? undefined}
          onClose={() => setEditingCategory(undefined)}
          onSaved={reload}
        />
      )}
      {editingTariff && categories.data && rooms.data && (
        <TariffModal
          tariff={editingTariff.tariff}
          categoryId={editingTariff.categoryId}
          categories={categories.data}
          rooms={rooms.data}
          onClose={() => setEditingTariff(undefined)}
          onSaved={tariffs.reload}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('tariffs.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await call('tariffs.delete', { id: deleting.id });
          notifySuccess(t('tariffs.deleted'));
          tariffs.reload();
        }}
      >
        {deleting && (
          <Stack gap="xs">
            <Text>{t('tariffs.deleteConfirm', { tariff: describe(deleting) })}</Text>
            <Text size="sm">{t('tariffs.keepPrices')}</Text>
          </Stack>
        )}
      </ConfirmModal>
    </>
  );
}
