import { startTransition, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { createFlag } from '../../../../hooks/flag';
import { todayIso } from '../../../../format';

/**
 * The new booking's dialog, drawn ahead and hidden once the calendar has its bookings and the page is
 * idle: mounting its twenty fields took longer than a click may. Showing it (`shown`) then renders only
 * the modal around the form. `renew` after each closing draws a fresh one, so nothing typed carries
 * over; the date in the key renews one drawn before midnight.
 */
export function useDrawnAhead(open: boolean, pageSettled: boolean) {
  const [shown] = useState(() => createFlag(false));
  useLayoutEffect(() => shown.set(open), [open, shown]);
  const [spare, setSpare] = useState({ n: 0, ready: false });
  useEffect(() => {
    if (spare.ready || !pageSettled) return;
    // A transition: React draws the hidden form in small slices, so a click on the agenda meanwhile goes first.
    const id = requestIdleCallback(() => startTransition(() => setSpare((s) => ({ ...s, ready: true }))), {
      timeout: 3000,
    });
    return () => cancelIdleCallback(id);
  }, [spare.ready, pageSettled]);
  const renew = useCallback(() => setSpare((s) => ({ n: s.n + 1, ready: false })), []);
  return { shown, key: `${spare.n} ${todayIso()}`, mounted: spare.ready || open, renew };
}
