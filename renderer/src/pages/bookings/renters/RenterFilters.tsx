import { Group, Select, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RENTER_TYPES } from '../../../../../db/modules/bookings/schemas';
import type { RenterType } from './renterForm';
import type { RenterFilterState } from './useRenterList';

export function RenterFilters({ filters }: { filters: RenterFilterState }) {
  const { t } = useTranslation();
  const { search, setSearch, type, setType, includeArchived, setIncludeArchived } = filters;
  return (
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
  );
}
