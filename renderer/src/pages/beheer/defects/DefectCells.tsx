import { Button, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';

type Defect = Output<'defects.list'>[number];

export function DefectTitleCell({ defect: d }: { defect: Defect }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {d.title}
      </Text>
      {d.description && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {d.description}
        </Text>
      )}
    </Stack>
  );
}

/** How long a defect waited for its fix, or is waiting still. */
export function DefectAgeCell({ defect: d }: { defect: Defect }) {
  const { t } = useTranslation();
  const f = useFormat();
  return d.resolvedOn ? (
    <Text size="sm">{t('defects.resolvedAfter', { date: f.date(d.resolvedOn), count: d.ageDays })}</Text>
  ) : (
    // Two weeks without a fix is long for a house people use daily: it stands out, in words and weight.
    <Text
      size="sm"
      fw={d.ageDays >= 14 ? 700 : undefined}
      c={d.ageDays >= 14 ? 'red.9' : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t('defects.age', { count: d.ageDays })}
    </Text>
  );
}

export function DefectReportedCell({ defect: d }: { defect: Defect }) {
  const f = useFormat();
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {f.date(d.reportedOn)}
      </Text>
      <Text size="xs" c="dimmed">
        {d.reportedBy}
      </Text>
    </Stack>
  );
}

/** To whom the defect was passed on, and when. */
export function DefectPassedCell({ defect: d }: { defect: Defect }) {
  const f = useFormat();
  return d.reportedTo || d.passedOn ? (
    <Stack gap={0}>
      <Text size="sm">{d.reportedTo || '—'}</Text>
      {d.passedOn && (
        <Text size="xs" c="dimmed">
          {f.date(d.passedOn)}
        </Text>
      )}
    </Stack>
  ) : (
    <Text span c="dimmed">
      —
    </Text>
  );
}

export function DefectUpdateButton({ defect: d, onUpdate }: { defect: Defect; onUpdate: (d: Defect) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconPencil size={16} aria-hidden />}
      onClick={() => onUpdate(d)}
      aria-label={t('defects.updateOne', { title: d.title })}
    >
      {t('defects.update')}
    </Button>
  );
}
