import { useEffect, useEffectEvent } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the screen after `lockMinutes` without mouse or keyboard activity. While the user is active
 * it also tells the core now and then (`onHeartbeat`), because the core locks a session on its own
 * clock, counted from the last call: someone typing a long text must not find the screen locked.
 */
export function useIdleLock(active: boolean, lockMinutes: number, onIdle: () => void, onHeartbeat: () => void): void {
  const idle = useEffectEvent(onIdle);
  const heartbeat = useEffectEvent(onHeartbeat);

  useEffect(() => {
    if (!active) return;
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
        idle();
      } else if (lastActivity > lastBeat && now - lastBeat >= beatEvery) {
        lastBeat = now;
        heartbeat();
      }
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, lockMinutes]);
}
