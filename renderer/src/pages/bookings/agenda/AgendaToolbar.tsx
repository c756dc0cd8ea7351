import { memo } from 'react';
import { ActionIcon, Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { AGENDA_VIEWS, type AgendaView } from './surface';

interface AgendaToolbarProps {
  title: string;
  view: AgendaView;
  onView: (view: AgendaView) => void;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onDate: (date: string) => void;
  filtersOpen: boolean;
  /** How many filters differ from showing everything, for the button while the filters are folded away. */
  activeFilters: number;
  onToggleFilters: () => void;
}

/** The id of the folding filters, which the toggle controls. */
export const AGENDA_FILTERS_ID = 'agenda-filters';

/** The id of the toolbar's title, which names the grids and takes the focus when a day is opened from the month. */
export const AGENDA_TITLE_ID = 'agenda-title';

/** Our own toolbar instead of FullCalendar's: Mantine controls, named in the interface language. */
export const AgendaToolbar = memo(function AgendaToolbar({
  title,
  view,
  onView,
  onPrev,
  onNext,
  onToday,
  onDate,
  filtersOpen,
  activeFilters,
  onToggleFilters,
}: AgendaToolbarProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="xs" wrap="nowrap" className="no-print">
        <ActionIcon variant="default" size="lg" aria-label={t(`agenda.prev.${view}`)} onClick={onPrev}>
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Button variant="default" onClick={onToday}>
          {t('agenda.today')}
        </Button>
        <ActionIcon variant="default" size="lg" aria-label={t(`agenda.next.${view}`)} onClick={onNext}>
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
        <DateField
          aria-label={t('agenda.goToDate')}
          placeholder={t('agenda.goToDate')}
          value=""
          onChange={(date) => date && onDate(date)}
          w={170}
        />
        <Button
          variant={filtersOpen ? 'light' : 'default'}
          leftSection={<IconFilter size={18} aria-hidden />}
          rightSection={
            !filtersOpen && activeFilters > 0 ? (
              <Badge size="sm" circle aria-hidden>
                {activeFilters}
              </Badge>
            ) : undefined
          }
          aria-expanded={filtersOpen}
          aria-controls={AGENDA_FILTERS_ID}
          aria-label={
            !filtersOpen && activeFilters > 0 ? t('agenda.filtersActive', { count: activeFilters }) : undefined
          }
          onClick={onToggleFilters}
        >
          {t('agenda.filters')}
        </Button>
      </Group>
      <Text component="h2" id={AGENDA_TITLE_ID} tabIndex={-1} fw={700} size="lg" aria-live="polite">
        {title}
      </Text>
      <SegmentedControl
        className="no-print"
        aria-label={t('agenda.view')}
        value={view}
        onChange={(v) => onView(v as AgendaView)}
        data={AGENDA_VIEWS.map((v) => ({ value: v, label: t(`agenda.views.${v}`) }))}
      />
    </Group>
  );
});
