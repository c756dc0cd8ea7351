import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Renter } from '../types';

/** A busy house has thousands of renters: the list shows this many matches of what is typed, not all of them. */
export const RENTERS_SHOWN = 50;

/** Searchable renters, each with its tariff category and whether it holds a key (no key holder needed then). */
export function RenterSelect({
  renters,
  value,
  ...props
}: Omit<SelectProps, 'data' | 'renderOption'> & { renters: readonly Renter[] }) {
  const { t } = useTranslation();
  const byId = new Map(renters.map((r) => [String(r.id), r]));
  const chosen = value ? byId.get(value) : undefined;
  const describe = (r: Renter) =>
    r.keyRights
      ? t('booking.renterLineKey', { category: r.tariffCategoryName })
      : t('booking.renterLine', { category: r.tariffCategoryName });
  return (
    <Select
      label={t('booking.renter')}
      searchable
      limit={RENTERS_SHOWN}
      nothingFoundMessage={t('agenda.noRenterFound')}
      data={renters.map((r) => ({ value: String(r.id), label: r.name }))}
      value={value}
      description={chosen ? describe(chosen) : t('booking.renterHelp')}
      renderOption={({ option }) => {
        const r = byId.get(option.value);
        return (
          <div>
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{option.label}</Text>
              {r?.keyRights && <IconKey size={14} aria-hidden />}
            </Group>
            {r && (
              <Text size="xs" c="dimmed">
                {describe(r)}
              </Text>
            )}
          </div>
        );
      }}
      {...props}
    />
  );
}
