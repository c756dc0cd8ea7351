import { Card, Grid, Select, Stack, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOGBOOK_CATEGORIES } from '../../../../../db/modules/beheer/schemas';
import { WeekStepper } from '../../../components/WeekStepper';
import type { Category, LogbookFilterState } from './useLogbookFilters';

/** The week to read, or a search in it (or in all weeks) by text and category. */
export function LogbookFilters({ filters }: { filters: LogbookFilterState }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('logbook.filters')}>
      <Stack gap="sm">
        {!filters.acrossWeeks && <WeekStepper value={filters.monday} onChange={filters.setMonday} />}
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label={t('logbook.search')}
              placeholder={t('logbook.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={filters.text}
              onChange={(e) => filters.setText(e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('logbook.category')}
              placeholder={t('logbook.allCategories')}
              clearable
              data={LOGBOOK_CATEGORIES.map((c) => ({ value: c, label: t(`logbook.categories.${c}`) }))}
              value={filters.category}
              onChange={(v) => filters.setCategory(v as Category | null)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Switch
              label={t('logbook.allWeeks')}
              checked={filters.allWeeks}
              onChange={(e) => filters.setAllWeeks(e.currentTarget.checked)}
              mb={8}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}
