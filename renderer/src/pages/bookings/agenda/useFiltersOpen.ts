import { useCallback, useState } from 'react';

const KEY = 'wijkhuis.agenda.filtersOpen';

/**
 * Whether the agenda's filters are shown: on a laptop they take room the day view needs, so they fold away,
 * and the choice is remembered on this computer (not per account: it is about the screen).
 */
export function useFiltersOpen(): [boolean, () => void] {
  const [open, setOpen] = useState(() => {
    try {
      return localStorage.getItem(KEY) !== '0';
    } catch {
      return true;
    }
  });
  const toggle = useCallback(() => {
    setOpen((was) => {
      try {
        localStorage.setItem(KEY, was ? '0' : '1');
      } catch {
        // Storage refused (private window): the choice holds for this visit only.
      }
      return !was;
    });
  }, []);
  return [open, toggle];
}
