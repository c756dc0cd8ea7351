import { useEffect } from 'react';
import { useApi } from '../../../hooks/useApi';

const REFRESH_MS = 60_000;

/** The programme changes during the day (new bookings, ended activities): reloaded every minute. */
export function useFoyerProgramme() {
  const foyer = useApi('bookings.foyer', {});
  const { reload } = foyer;
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  return foyer;
}

/** Makes the app behind the foyer layer inert while the layer is shown, so keyboard and screen reader stay on it. */
export function useAppInert(shown: boolean) {
  useEffect(() => {
    if (!shown) return;
    const root = document.getElementById('root');
    if (!root) return;
    root.inert = true;
    return () => {
      root.inert = false;
    };
  }, [shown]);
}
