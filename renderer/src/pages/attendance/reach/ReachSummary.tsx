import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Totals } from './totalsColumns';

function Figure({ label, value, help }: { label: string; value: number; help?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text fz={32} fw={800} lh={1.2}>
        {value}
      </Text>
      {help && <Text size="sm">{help}</Text>}
    </Paper>
  );
}

/** The headline numbers of a period. */
export function TotalsFigures({ total }: { total: Totals }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }}>
      <Figure label={t('reach.visitors')} value={total.visitors} />
      <Figure label={t('reach.sessions')} value={total.sessions} />
      <Figure label={t('reach.activities')} value={total.activities} />
      <Figure label={t('reach.newVisitors')} value={total.newVisitors} />
      <Figure label={t('reach.volunteers')} value={total.volunteersPresent} />
    </SimpleGrid>
  );
}

/** Reach per priority group, each with one line on how it is counted (the municipality will ask). */
export function ReachFigures({ total }: { total: Totals }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Figure label={t('reach.jeugd')} value={total.reach.jeugd} help={t('reach.jeugdHow')} />
      <Figure label={t('reach.ouderen')} value={total.reach.ouderen} help={t('reach.ouderenHow')} />
      <Figure label={t('reach.kwetsbaar')} value={total.reach['kwetsbare bewoners']} help={t('reach.kwetsbaarHow')} />
    </SimpleGrid>
  );
}
