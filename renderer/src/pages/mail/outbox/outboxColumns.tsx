import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import type { Column } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { StateBadge } from './stateBadge';

type Row = Output<'outbox.list'>['rows'][number];

/** The outbox shows what waits and why (attempts, last error); the sent log shows when each went out. */
export function useOutboxColumns(box: 'postvak' | 'verzonden', open: (id: number) => void): Column<Row>[] {
  const { t } = useTranslation();
  const f = useFormat();
  return [
    {
      key: 'subject',
      header: t('mail.outbox.subject'),
      render: (r) => (
        <Anchor component="button" type="button" onClick={() => open(r.id)} ta="left">
          {r.subject}
        </Anchor>
      ),
    },
    {
      key: 'to',
      header: t('mail.outbox.to'),
      render: (r) =>
        r.erased ? (
          <Text c="dimmed">{t('mail.outbox.erased')}</Text>
        ) : (
          <Stack gap={0}>
            {r.toName && <Text size="sm">{r.toName}</Text>}
            <Text size="xs" c="dimmed">
              {r.toAddress}
            </Text>
          </Stack>
        ),
    },
    {
      key: 'reason',
      header: t('mail.outbox.reason'),
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">{r.reasonTitle}</Text>
          {r.relatedEntity && (
            <Text size="xs" c="dimmed">
              {`${r.relatedEntity} #${r.relatedId}`}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'state', header: t('mail.outbox.state'), render: (r) => <StateBadge state={r.state} /> },
    ...(box === 'postvak'
      ? [
          { key: 'attempts', header: t('mail.outbox.attempts'), numeric: true, render: (r: Row) => r.attempts },
          {
            key: 'error',
            header: t('mail.outbox.lastError'),
            render: (r: Row) => (
              <Stack gap={2}>
                <Text size="sm">{r.lastError}</Text>
                {r.state === 'wacht' && r.nextAttemptAt && r.attempts > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('mail.outbox.nextAttempt', { at: f.wallClock(r.nextAttemptAt) })}
                  </Text>
                )}
              </Stack>
            ),
          },
        ]
      : [
          {
            key: 'sentAt',
            header: t('mail.outbox.sentAt'),
            render: (r: Row) => (r.sentAt ? f.wallClock(r.sentAt) : ''),
          },
        ]),
  ];
}
