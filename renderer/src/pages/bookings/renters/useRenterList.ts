import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useApi } from '../../../hooks/useApi';
import type { RenterType } from './renterForm';

/** The renters as searched and filtered on the page. */
export function useRenterList() {
  const [search, setSearch] = useState('');
  // Searching on every keystroke would reload the table while typing a name.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [type, setType] = useState<RenterType | null>(null);
  const [includeArchived, setIncludeArchived] = useState(false);
  const renters = useApi('renters.list', { search: debouncedSearch, type: type ?? undefined, includeArchived });
  const filtered = debouncedSearch !== '' || type !== null;
  const filters = { search, setSearch, type, setType, includeArchived, setIncludeArchived };
  return { renters, filters, filtered };
}

export type RenterFilterState = ReturnType<typeof useRenterList>['filters'];
