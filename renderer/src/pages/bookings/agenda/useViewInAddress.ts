import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AgendaView } from './surface';

const PARAMS: Record<AgendaView, string> = { day: 'dag', week: 'week', month: 'maand', list: 'lijst' };
const viewOf = (param: string | null): AgendaView =>
  (Object.keys(PARAMS) as AgendaView[]).find((v) => PARAMS[v] === param) ?? 'day';

/** The agenda's view, kept in the address (#/agenda?weergave=week) so a reload or the way back keeps it. */
export function useViewInAddress() {
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<AgendaView>(() => viewOf(params.get('weergave')));
  useEffect(() => {
    if (viewOf(params.get('weergave')) === view) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('weergave', PARAMS[view]);
        return next;
      },
      { replace: true },
    );
  }, [view, params, setParams]);
  return [view, setView] as const;
}
