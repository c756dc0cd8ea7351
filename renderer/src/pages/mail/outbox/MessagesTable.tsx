import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconMailCheck, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { OffsetPager } from '../../../components/OffsetPager';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { MessageModal } from './MessageModal';
import { useOutboxColumns } from './outboxColumns';

const PAGE = 50;

/** One box (postvak or verzonden), a page at a time from the core, newest first; a row opens the message. */
export function MessagesTable({ box }: { box: 'postvak' | 'verzonden' }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const list = useApi('outbox.list', { box, limit: PAGE, offset });
  const columns = useOutboxColumns(box, setOpen);
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
          {open !== null && <MessageModal id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
        </Stack>
      )}
    </QueryState>
  );
}
