import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { SectionCard } from '../../../components/SectionCard';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { AddBandForm } from './AddBandForm';

interface BandRow {
  id: number;
  label: string;
  ages: string;
  active: boolean;
}

/** The age bands the desk counts in (beheerder only), with the switched-off ones that old counts still carry. */
export function AgeBandsCard() {
  const { t } = useTranslation();
  const bands = useApi('activities.ageBands', { includeInactive: true });
  const { busy, run, alert } = useAction();
  const reload = () => bands.reload();

  // Switched-on bands first, in counting order; the core sorts each group already.
  const rows: BandRow[] = [...(bands.data ?? [])]
    .sort((a, b) => Number(b.active) - Number(a.active))
    .map((b) => ({
      id: b.id,
      label: b.label,
      ages: b.maxAge === null ? t('activities.bands.from', { min: b.minAge }) : `${b.minAge}–${b.maxAge}`,
      active: b.active,
    }));
  const toggle = (b: BandRow) =>
    run(
      `band-${b.id}`,
      async () => {
        await call('activities.setAgeBandActive', { id: b.id, active: !b.active });
        reload();
      },
      b.active
        ? t('activities.bands.switchedOff', { label: b.label })
        : t('activities.bands.switchedOn', { label: b.label }),
    );

  return (
    <SectionCard title={t('activities.bands.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('activities.bands.help')}</Text>
        <DataTable
          label={t('activities.bands.tableLabel')}
          minWidth={420}
          rows={rows}
          rowKey={(b) => b.id}
          columns={[
            { key: 'label', header: t('activities.bands.label'), render: (b) => b.label },
            { key: 'ages', header: t('activities.bands.ages'), render: (b) => b.ages || '—' },
            {
              key: 'state',
              header: t('activities.bands.state'),
              render: (b) => (b.active ? t('activities.bands.on') : t('activities.bands.off')),
            },
            {
              key: 'actions',
              header: t('common.actions'),
              screenOnly: true,
              render: (b) => (
                <Button
                  size="xs"
                  variant="default"
                  loading={busy === `band-${b.id}`}
                  onClick={() => void toggle(b)}
                  aria-label={t(b.active ? 'activities.bands.offOne' : 'activities.bands.onOne', { label: b.label })}
                >
                  {b.active ? t('activities.bands.switchOff') : t('activities.bands.switchOn')}
                </Button>
              ),
            },
          ]}
        />
        {alert}
        <AddBandForm onAdded={reload} />
      </Stack>
    </SectionCard>
  );
}
