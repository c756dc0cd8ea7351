import { Grid, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_STATUSES } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';

export type Status = (typeof INCIDENT_STATUSES)[number];

/** Narrow the list down by status and by a period; an empty field does not filter. */
export function IncidentFilters({
  status,
  onStatus,
  from,
  onFrom,
  to,
  onTo,
  rangeError,
}: {
  status: Status | null;
  onStatus: (status: Status | null) => void;
  from: string;
  onFrom: (date: string) => void;
  to: string;
  onTo: (date: string) => void;
  rangeError?: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="search" aria-label={t('incidents.filters')}>
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('incidents.status')}
            placeholder={t('incidents.allStatuses')}
            clearable
            data={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidents.statuses.${s}`) }))}
            value={status}
            onChange={(v) => onStatus(v as Status | null)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <DateField label={t('incidents.from')} clearable value={from} onChange={onFrom} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <DateField label={t('incidents.to')} clearable value={to} onChange={onTo} error={rangeError} />
        </Grid.Col>
      </Grid>
    </div>
  );
}
