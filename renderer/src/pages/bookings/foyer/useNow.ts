import { useEffect, useState } from 'react';
import { wallClockOf } from '../../../format';

/** The Amsterdam wall clock ('YYYY-MM-DDTHH:MM:SS'), refreshed every few seconds so a shown minute is never long behind. */
export function useNow(everyMs = 5_000): string {
  const [now, setNow] = useState(() => wallClockOf(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => setNow(wallClockOf(new Date())), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
