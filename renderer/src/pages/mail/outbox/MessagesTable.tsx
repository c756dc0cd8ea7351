import { useState } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { IconMailCheck, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable, type Column } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { OffsetPager } from '../../../components/OffsetPager';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { MessageModal } from './MessageModal';
import { StateBadge } from './stateBadge';

type Row = Output<'outbox.list'>['rows'][number];
const PAGE = 50;

/** One box (postvak or verzonden), a page at a time from the core, newest first; a row opens the message. */
export function MessagesTable({ box }: { box: 'postvak' | 'verzonden' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const list = useApi('outbox.list', { box, limit: PAGE, offset });
  const columns: Column<Row>[] = [
    {
      key: 'subject',
      header: t('mail.outbox.subject'),
      render: (r) => (
        <Anchor component="button" type="button" onClick={() => setOpen(r.id)} ta="left">
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
      : [{ key: 'sentAt', header: t('mail.outbox.sentAt'), render: (r: Row) => (r.sentAt ? f.wallClock(r.sentAt) : '') }]),
  ];
  return (
    <QueryState query={list}>
      {(page) => (
        <Stack gap="sm">
          <DataTable
            label={t('mail.outbox.tableLabel')}
            columns={columns}
            rows={page.rows}
            rowKey={(r) => r.id}
            minWidth={900}
            empty={
              box === 'postvak' ? (
                <EmptyMessage
                  icon={<IconMailForward aria-hidden />}
                  title={t('mail.outbox.emptyOutboxTitle')}
                  description={t('mail.outbox.emptyOutbox')}
                />
              ) : (
                <EmptyMessage
                  icon={<IconMailCheck aria-hidden />}
                  title={t('mail.outbox.emptySentTitle')}
                  description={t('mail.outbox.emptySent')}
                />
              )
            }
          />
          <OffsetPager
            offset={offset}
            shown={page.rows.length}
            pageSize={PAGE}
            more={offset + page.rows.length < page.total}
            onOffset={setOffset}
            label={t('mail.outbox.pageLabel')}
          />
          {open !== null && (
            <MessageModal
              id={open}
              onClose={() => setOpen(null)}
              onChanged={list.reload}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
