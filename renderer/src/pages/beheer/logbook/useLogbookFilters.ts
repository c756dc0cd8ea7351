import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import type { LOGBOOK_CATEGORIES } from '../../../../../db/modules/beheer/schemas';
import { addDays, mondayOf, todayIso } from '../../../format';

export type Category = (typeof LOGBOOK_CATEGORIES)[number];

/** The week on screen and the search over it; the search text waits for a pause in typing before it asks the core. */
export function useLogbookFilters() {
  const [monday, setMonday] = useState(() => mondayOf(todayIso()));
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [category, setCategory] = useState<Category | null>(null);
  const [allWeeks, setAllWeeks] = useState(false);
  const week = { from: monday, to: addDays(monday, 6) };
  const filtered = search !== '' || category !== null;
  return {
    monday,
    setMonday,
    text,
    setText,
    search,
    category,
    setCategory,
    allWeeks,
    setAllWeeks,
    week,
    filtered,
    // "All weeks" only means something while searching; without a search the week stays.
    acrossWeeks: allWeeks && filtered,
  };
}

export type LogbookFilterState = ReturnType<typeof useLogbookFilters>;
