import { Button, Card, Group, Select, Stack, Switch } from '@mantine/core';
import { IconCalendarPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WeekStepper } from '../../../../components/WeekStepper';
import type { VolunteerChoice } from '../../shared/types';
import type { useRosterParams } from '../useRosterParams';

/** The week to show, one volunteer's shifts only, a new single shift, and the printed roster (with phone numbers or not). */
export function WeekToolbar({
  params,
  volunteers,
  withPhones,
  onWithPhones,
  onNewShift,
}: {
  params: ReturnType<typeof useRosterParams>;
  volunteers: readonly VolunteerChoice[];
  withPhones: boolean;
  onWithPhones: (on: boolean) => void;
  onNewShift: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <WeekStepper value={params.monday} onChange={params.setMonday} />
        <Group justify="space-between" align="flex-end" gap="sm">
          <Select
            label={t('roster.filterVolunteer')}
            placeholder={t('roster.everyone')}
            clearable
            searchable
            w={280}
            data={volunteers.filter((v) => v.status !== 'gestopt').map((v) => ({ value: String(v.id), label: v.name }))}
            value={params.volunteerId === null ? null : String(params.volunteerId)}
            onChange={(v) => params.setVolunteer(v === null ? null : Number(v))}
          />
          <Group gap="sm" align="center">
            <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={onNewShift}>
              {t('roster.singleShift')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('common.print')}
            </Button>
            <Switch
              label={t('roster.print.withPhones')}
              checked={withPhones}
              onChange={(e) => onWithPhones(e.currentTarget.checked)}
            />
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
