import { useEffect, useState } from 'react';

/** Number keys 1–9 count bands 1–9 (0 is "onbekend"); more bands are counted by touch only. */
export const MAX_KEYED = 9;

/** Digit1 / Numpad1 → 1: the code, not the key, because Shift turns "1" into "!". */
function digitOf(code: string): number | null {
  const m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  return m ? Number(m[1]) : null;
}

/** The number keys count as the buttons do, anywhere on the page; Shift with a number takes one off. */
export function useTallyKeys(bands: readonly { id: number }[], press: (bandId: number | null, delta: 1 | -1) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
      const digit = digitOf(e.code);
      if (digit === null || digit > MAX_KEYED) return;
      const bandId = digit === 0 ? null : bands[digit - 1]?.id;
      if (bandId === undefined) return;
      e.preventDefault();
      press(bandId, e.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bands, press]);
}

/**
 * Whether to show the number keys: on a computer (a mouse as the main pointer means a keyboard is there too), and
 * on a tablet or phone only once a key is pressed (a keyboard was attached). On a touchscreen they are noise.
 */
export function useKeyboardInUse(): boolean {
  const [used, setUsed] = useState(() => window.matchMedia('(pointer: fine)').matches);
  useEffect(() => {
    if (used) return;
    const onKey = () => setUsed(true);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [used]);
  return used;
}
