import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { mondayOf, todayIso } from '../../../format';
import { isDate } from '../shared/time';

const idOf = (s: string | null) => (s && /^\d+$/.test(s) ? Number(s) : null);

/**
 * The roster's state lives in the address (#/rooster?week=2026-11-23&dienst=78&vrijwilliger=3), so
 * the gap overview and a volunteer's profile can link straight to a shift or a day, and a reload
 * keeps the week.
 */
export function useRosterParams() {
  const [params, setParams] = useSearchParams();
  const week = params.get('week');
  const monday = isDate(week) ? mondayOf(week) : mondayOf(todayIso());
  const shiftId = idOf(params.get('dienst'));
  const volunteerId = idOf(params.get('vrijwilliger'));
  const day = isDate(params.get('dag')) ? params.get('dag') : null;

  const update = useCallback(
    (patch: Record<string, string | number | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null) next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    monday,
    shiftId,
    volunteerId,
    day,
    // A new week clears the highlighted day of the old one.
    setMonday: (m: string) => update({ week: m, dag: null }),
    openShift: (id: number | null) => update({ dienst: id }),
    setVolunteer: (id: number | null) => update({ vrijwilliger: id }),
  };
}
