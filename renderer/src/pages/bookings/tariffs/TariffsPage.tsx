import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconReceipt2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { Loading, LoadError } from '../../../components/QueryState';
import { useMe } from '../../../session/SessionContext';
import { CategoryModal } from './CategoryModal';
import { CategorySection } from './CategorySection';
import { DeleteTariffModal } from './DeleteTariffModal';
import { PriceRules } from './PriceRules';
import { TariffModal } from './TariffModal';
import { TariffRowActions } from './TariffRowActions';
import { TariffsHeaderActions } from './TariffsHeaderActions';
import type { Category, Tariff } from './tariffForm';
import { useTariffsData } from './useTariffsData';

/** What the tariff dialog is doing: adding (in a category, or any) or editing one rate. */
type TariffEdit = { tariff?: Tariff; categoryId?: number | null };

export function TariffsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const { categories, tariffs, rooms, reload, error, validity } = useTariffsData(canEdit);
  // undefined: closed; null: adding; a category: editing it.
  const [editingCategory, setEditingCategory] = useState<Category | null | undefined>(undefined);
  const [editingTariff, setEditingTariff] = useState<TariffEdit | undefined>(undefined);
  const [deleting, setDeleting] = useState<Tariff | null>(null);

  const tariffActions = (x: Tariff) => (
    <TariffRowActions tariff={x} onEdit={(tariff) => setEditingTariff({ tariff })} onDelete={setDeleting} />
  );

  return (
    <>
      <PageHeader
        title={t('tariffs.title')}
        description={canEdit ? t('tariffs.intro') : t('tariffs.introReadOnly')}
        actions={
          canEdit ? (
            <TariffsHeaderActions
              onAddCategory={() => setEditingCategory(null)}
              onAddTariff={() => setEditingTariff({})}
              canAddTariff={Boolean(categories.data?.length)}
            />
          ) : undefined
        }
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
      <DeleteTariffModal tariff={deleting} onClose={() => setDeleting(null)} onDeleted={tariffs.reload} />
    </>
  );
}
