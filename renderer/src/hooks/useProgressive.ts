import { startTransition, useEffect, useState } from 'react';

/** What a screen draws at once: more than a 1366×768 window shows of a table or of meeting items. */
const FIRST = 60;
const CHUNK = 60;

/**
 * How many of `total` things to draw now. The first screenful is drawn with the data; the rest follows in
 * small interruptible steps (a transition per chunk), so a long list (300 coverage gaps, 20 agenda items with
 * their forms) does not hold up the screen the user is looking at, and a click in the meantime goes first.
 */
export function useProgressive(total: number, first = FIRST): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((c) => c + CHUNK)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
