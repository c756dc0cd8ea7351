import { memo } from 'react';
import { Chip, Group, Input, MultiSelect, SegmentedControl, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOOKING_STATUSES } from '../../../../../db/modules/bookings/schemas';
import type { ColorMode } from './colors';
import type { BookingStatus, Room } from './types';
import { RenterSelect } from '../renters/RenterSelect';

export interface AgendaFilter {
  roomIds: string[];
  renterId: string | null;
  statuses: BookingStatus[];
}

/** Cancelled bookings stay out of sight unless asked for: they no longer take up a room. */
export const DEFAULT_FILTER: AgendaFilter = {
  roomIds: [],
  renterId: null,
  statuses: ['optie', 'aanvraag', 'bevestigd'],
};

/** How many filters hide something: rooms, a renter, statuses other than the usual ones. */
export function activeFilterCount(f: AgendaFilter): number {
  const usual =
    f.statuses.length === DEFAULT_FILTER.statuses.length &&
    DEFAULT_FILTER.statuses.every((s) => f.statuses.includes(s));
  return (f.roomIds.length ? 1 : 0) + (f.renterId ? 1 : 0) + (usual ? 0 : 1);
}

interface AgendaFiltersProps {
  value: AgendaFilter;
  onChange: (next: AgendaFilter) => void;
  rooms: readonly Room[];
  colorMode: ColorMode;
  onColorMode: (mode: ColorMode) => void;
}

/** Memoized: the page renders for every dialog. */
export const AgendaFilters = memo(function AgendaFilters({
  value,
  onChange,
  rooms,
  colorMode,
  onColorMode,
}: AgendaFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AgendaFilter>) => onChange({ ...value, ...patch });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs" className="no-print">
      <MultiSelect
        label={t('agenda.filterRooms')}
        placeholder={value.roomIds.length ? undefined : t('agenda.allRooms')}
        data={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
        value={value.roomIds}
        onChange={(roomIds) => set({ roomIds })}
        clearable
        clearButtonProps={{ 'aria-label': t('agenda.clearRooms') }}
      />
      <RenterSelect
        label={t('agenda.filterRenter')}
        placeholder={t('agenda.allRenters')}
        includeArchived
        value={value.renterId}
        onChange={(renterId) => set({ renterId })}
        clearable
        clearButtonProps={{ 'aria-label': t('agenda.clearRenter') }}
      />
      <Input.Wrapper label={t('agenda.filterStatus')} labelElement="div" id="agenda-status-filter">
        <Chip.Group
          multiple
          value={value.statuses}
          onChange={(statuses) => set({ statuses: statuses as BookingStatus[] })}
        >
          <Group gap={6} mt={4} role="group" aria-labelledby="agenda-status-filter-label">
            {BOOKING_STATUSES.map((s) => (
              <Chip key={s} value={s} size="sm" variant="outline">
                {t(`booking.status.${s}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <Input.Wrapper label={t('agenda.colorBy')} labelElement="div" id="agenda-color-mode">
        <SegmentedControl
          mt={4}
          fullWidth
          aria-labelledby="agenda-color-mode-label"
          value={colorMode}
          onChange={(mode) => onColorMode(mode as ColorMode)}
          data={[
            { value: 'room', label: t('agenda.colorRoom') },
            { value: 'status', label: t('agenda.colorStatus') },
          ]}
        />
      </Input.Wrapper>
    </SimpleGrid>
  );
});
