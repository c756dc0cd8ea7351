import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { AllowanceLimit } from './types';

/**
 * Paid this year against the tax-free yearly maximum. Over it, the badge says so in words: above
 * the maximum the whole allowance may count as wages, which the coordinator must not miss.
 */
export function AllowanceMeter({
  paidCents,
  limit,
  compact,
}: {
  paidCents: number;
  limit: AllowanceLimit | null;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!limit) return <Text size="sm">{f.money(paidCents)}</Text>;
  const over = paidCents > limit.yearlyCents;
  const percent = Math.round((100 * paidCents) / limit.yearlyCents);
  const words = t('volunteerHours.allowances.ofMaximum', { paid: f.money(paidCents), max: f.money(limit.yearlyCents) });
  return (
    <Stack gap={4} miw={compact ? 170 : undefined}>
      <Progress
        value={Math.min(100, percent)}
        color={over ? 'red' : percent >= 90 ? 'orange' : 'wijk'}
        size={compact ? 'sm' : 'lg'}
        aria-label={words}
      />
      <Group gap={6}>
        <Text size={compact ? 'xs' : 'sm'}>{words}</Text>
        {over && (
          <Badge color="red.9" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
            {t('volunteerHours.allowances.overLimit')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
