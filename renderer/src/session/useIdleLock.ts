import { useEffect, useEffectEvent, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the screen after `lockMinutes` without mouse or keyboard activity. While the user is active
 * it also tells the core now and then (`onHeartbeat`), because the core locks a session on its own
 * clock, counted from the last call: someone typing a long text must not find the screen locked.
 *
 * A kiosk screen (the foyer TV) stays on while nobody touches it; whoever leaves it after the idle
 * time has passed finds the screen locked, so the TV is no way into the app.
 */
export function useIdleLock(
  active: boolean,
  lockMinutes: number,
  onIdle: () => void,
  onHeartbeat: () => void,
  kiosk = false,
): void {
  const idle = useEffectEvent(onIdle);
  const heartbeat = useEffectEvent(onHeartbeat);
  const lockWhenLeavingKiosk = useRef(false);

  useEffect(() => {
    if (!active) return;
    if (!kiosk && lockWhenLeavingKiosk.current) {
      lockWhenLeavingKiosk.current = false;
      idle();
      return;
    }
    const lockAfter = lockMinutes * 60_000;
    const beatEvery = Math.min(60_000, lockAfter / 3);
    let lastActivity = Date.now();
    let lastBeat = Date.now();
    const seen = () => {
      lastActivity = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity >= lockAfter) {
        if (kiosk) lockWhenLeavingKiosk.current = true;
        else idle();
      } else if (lastActivity > lastBeat && now - lastBeat >= beatEvery) {
        lastBeat = now;
        heartbeat();
      }
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, lockMinutes, kiosk]);
}
