import { useCallback, useRef, useState } from 'react';
import { call } from '../../../api/client';
import type { Session } from '../shared/sessionState';

/** Which button a click belongs to: a band id or null for "onbekend", and +1 or −1. */
export const tallyKey = (bandId: number | null, delta: 1 | -1) => `${bandId ?? 'onbekend'}:${delta}`;

/**
 * Every click is one attendance.tally call, saved by the core before the next is sent: the calls
 * run one after another, so the counts shown are always the server's latest (never an older answer
 * arriving late), and a crash or power cut loses at most the click in flight.
 */
export function useTally(sessionId: number) {
  const [latest, setLatest] = useState<Session | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(new Set<string>());

  const press = useCallback(
    (bandId: number | null, delta: 1 | -1) => {
      const key = tallyKey(bandId, delta);
      // A second tap on a button whose call is still running is ignored, as the disabled button would.
      if (inFlight.current.has(key)) return;
      inFlight.current.add(key);
      setPending(new Set(inFlight.current));
      queue.current = queue.current.then(async () => {
        try {
          setLatest(await call('attendance.tally', { sessionId, bandId, delta }));
          setError(null);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        } finally {
          inFlight.current.delete(key);
          setPending(new Set(inFlight.current));
        }
      });
    },
    [sessionId],
  );

  return { latest, pending, error, press };
}
