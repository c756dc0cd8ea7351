import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { bandInput } from '../../../../../db/modules/attendance/schemas';
import { DataTable } from '../../../components/DataTable';
import { FormAlert } from '../../../components/FormAlert';
import { SectionCard } from '../../../components/SectionCard';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';

interface BandValues {
  label: string;
  minAge: number | string;
  maxAge: number | string;
}

interface BandRow {
  id: number;
  label: string;
  ages: string;
  active: boolean;
}

const toBandInput = (v: BandValues) => ({
  label: v.label,
  minAge: (v.minAge === '' ? undefined : Number(v.minAge)) as number,
  maxAge: v.maxAge === '' ? null : Number(v.maxAge),
});

/** The age bands the desk counts in (beheerder only), with the switched-off ones that old counts still carry. */
export function AgeBandsCard() {
  const { t } = useTranslation();
  const bands = useApi('activities.ageBands', { includeInactive: true });
  const { busy, run } = useAction();
  const reload = () => bands.reload();
  const { form, handleSubmit, formError, submitting } = useApiForm<BandValues, ReturnType<typeof toBandInput>>({
    initialValues: { label: '', minAge: '', maxAge: '' },
    schema: bandInput,
    toInput: toBandInput,
    submit: (input) => call('activities.addAgeBand', input),
    successMessage: t('activities.bands.added'),
    onSuccess: () => {
      form.reset();
      reload();
    },
  });

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
        <form onSubmit={handleSubmit} noValidate aria-label={t('activities.bands.add')}>
          <Stack gap="xs">
            <FormAlert message={formError} />
            <Group align="flex-start" gap="sm">
              <TextInput label={t('activities.bands.label')} required w={140} {...form.getInputProps('label')} />
              <NumberInput
                label={t('activities.bands.minAge')}
                required
                w={120}
                min={0}
                max={120}
                allowDecimal={false}
                {...form.getInputProps('minAge')}
              />
              <NumberInput
                label={t('activities.bands.maxAge')}
                description={t('activities.bands.maxAgeHelp')}
                w={160}
                min={0}
                max={120}
                allowDecimal={false}
                {...form.getInputProps('maxAge')}
              />
              <Button type="submit" mt={25} loading={submitting} leftSection={<IconPlus size={16} aria-hidden />}>
                {t('activities.bands.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
