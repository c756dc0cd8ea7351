import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import type { Certificate } from '../shared/types';

/**
 * Certificates per volunteer for the register's badges. volunteers.list carries no certificates, so
 * they come from volunteers.get one by one; a house has tens of volunteers, not thousands, and the
 * calls are local. Missing entries simply show no badge until loaded.
 */
export function useCertificateMap(volunteerIds: readonly number[]): Map<number, Certificate[]> {
  const [map, setMap] = useState(() => new Map<number, Certificate[]>());
  const key = volunteerIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',').map(Number) : [];
    void Promise.all(ids.map((id) => call('volunteers.get', { id }).then((r) => [id, r.certificates] as const, () => [id, []] as const))).then(
      (pairs) => live && setMap(new Map(pairs.map(([id, c]) => [id, [...c]]))),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return map;
}
