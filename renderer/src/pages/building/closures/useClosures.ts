import { useState } from 'react';
import { useApi } from '../../../hooks/useApi';
import { todayIso } from '../../../format';

/** Far enough to include every planned closure; the core accepts any real date. */
const FAR_PAST = '2000-01-01';
const FAR_FUTURE = '2199-12-31';

/** Current and planned closures, or all of them when asked: old ones are rarely of interest. */
export function useClosures() {
  const [showPast, setShowPast] = useState(false);
  const query = useApi('closures.list', { from: showPast ? FAR_PAST : todayIso(), to: FAR_FUTURE });
  return { query, showPast, setShowPast };
}

export type ClosuresState = ReturnType<typeof useClosures>;
