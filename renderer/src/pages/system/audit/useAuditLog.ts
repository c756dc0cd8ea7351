import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../hooks/useApi';
import { methodsLabelled } from './entities';
import { NO_FILTER, type AuditFilter } from './AuditFilters';

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, filtered and one page at a time; a new filter starts at the first page again. */
export function useAuditLog() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  // Typing in the search box should not fire a query per key.
  const [text] = useDebouncedValue(filter.text.trim(), 300);
  const validRange = !(filter.from && filter.to && filter.to < filter.from);
  const query = {
    from: filter.from || undefined,
    to: filter.to || undefined,
    userId: filter.userId ? Number(filter.userId) : undefined,
    entity: filter.entity ?? undefined,
    text: text || undefined,
    textMethods: text ? methodsLabelled(t, text) : undefined,
  };
  const log = useApi(
    'audit.list',
    { ...query, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
    { enabled: validRange },
  );
  const changeFilter = (next: AuditFilter) => {
    setFilter(next);
    setPage(1);
  };
  const filtered = Boolean(filter.from || filter.to || filter.userId || filter.entity || filter.text);
  return { filter, changeFilter, filtered, page, setPage, log, query };
}
