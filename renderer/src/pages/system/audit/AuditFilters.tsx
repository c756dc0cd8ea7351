import { Button, Grid, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { useApi } from '../../../hooks/useApi';
import { entityLabel, entityOptions } from './entities';

export interface AuditFilter {
  from: string;
  to: string;
  userId: string | null;
  entity: string | null;
  text: string;
}

export const NO_FILTER: AuditFilter = { from: '', to: '', userId: null, entity: null, text: '' };

export function AuditFilters({
  value,
  onChange,
  entities,
}: {
  value: AuditFilter;
  onChange: (next: AuditFilter) => void;
  entities: string[];
}) {
  const { t } = useTranslation();
  const users = useApi('users.list', {});
  const set = (patch: Partial<AuditFilter>) => onChange({ ...value, ...patch });
  const rangeError = value.from && value.to && value.to < value.from ? t('audit.toBeforeFrom') : undefined;
  return (
    <Grid gap="sm" align="flex-start">
      <Grid.Col span={{ base: 12, xs: 6, md: 2 }}>
        <DateField label={t('audit.from')} clearable value={value.from} onChange={(from) => set({ from })} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6, md: 2 }}>
        <DateField label={t('audit.to')} clearable value={value.to} onChange={(to) => set({ to })} error={rangeError} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6, md: 2 }}>
        <Select
          label={t('audit.user')}
          placeholder={t('audit.anyone')}
          clearable
          data={(users.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
          value={value.userId}
          onChange={(userId) => set({ userId })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6, md: 2 }}>
        <Select
          label={t('audit.entity')}
          placeholder={t('audit.anything')}
          clearable
          data={entityOptions(entities).map((e) => ({ value: e, label: entityLabel(t, e) }))}
          value={value.entity}
          onChange={(entity) => set({ entity })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 8, md: 2 }}>
        <TextInput
          label={t('audit.text')}
          placeholder={t('audit.textPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={value.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 4, md: 2 }}>
        {/* Lined up with the inputs, below their labels, also when a field shows an error. */}
        <Button
          variant="default"
          fullWidth
          mt={{ base: 0, xs: 25 }}
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange(NO_FILTER)}
          px="xs"
        >
          {t('audit.clear')}
        </Button>
      </Grid.Col>
    </Grid>
  );
}
