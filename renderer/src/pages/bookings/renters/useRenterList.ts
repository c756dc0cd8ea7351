import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useApi } from '../../../hooks/useApi';
import type { RenterType } from './renterForm';

/** Renters per page: the core sends one page at a time, searched and filtered there. */
export const RENTERS_PAGE = 50;

/** The renters as searched and filtered on the page, one page at a time. */
export function useRenterList() {
  const [search, setSearchText] = useState('');
  // Searching on every keystroke would reload the table while typing a name.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [type, setTypeValue] = useState<RenterType | null>(null);
  const [includeArchived, setArchived] = useState(false);
  const [page, setPage] = useState({ offset: 0, key: '' });
  // Another search or filter starts at the first page again.
  const key = JSON.stringify([debouncedSearch, type, includeArchived]);
  const offset = page.key === key ? page.offset : 0;
  const setOffset = (next: number) => setPage({ offset: next, key });
  const renters = useApi('renters.list', {
    search: debouncedSearch,
    type: type ?? undefined,
    includeArchived,
    limit: RENTERS_PAGE,
    offset,
  });
  const filtered = debouncedSearch !== '' || type !== null;
  const filters = {
    search,
    setSearch: setSearchText,
    type,
    setType: setTypeValue,
    includeArchived,
    setIncludeArchived: setArchived,
  };
  return { renters, filters, filtered, offset, setOffset };
}

export type RenterFilterState = ReturnType<typeof useRenterList>['filters'];
