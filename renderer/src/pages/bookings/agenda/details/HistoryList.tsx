import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../hooks/useFormat';

/** The core returns audit rows as they are stored; these are the columns it selects. */
export interface HistoryRow {
  at: string;
  userName: string;
  method: string;
  summary: string;
}

/** Who did what to this booking, newest first, from the audit log. */
export function HistoryList({ history }: { history: readonly HistoryRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!history.length)
    return (
      <Text size="sm" c="dimmed">
        {t('booking.noHistory')}
      </Text>
    );
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {history.map((h, i) => (
        <Timeline.Item key={i}>
          <Stack gap={0}>
            <Text size="sm">{h.summary}</Text>
            <Text size="xs" c="dimmed">
              {t('booking.historyBy', { when: f.wallClock(h.at), who: h.userName })}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
