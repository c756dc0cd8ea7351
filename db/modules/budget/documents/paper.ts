import type { Db } from '../../../platform/database';
import type { Outcome } from '../schemas';
import { getBuilding } from '../../building/building';

/** What the printed documents share: the letterhead, outcome labels, members' roles, text as lines. */

export function letterhead(db: Db) {
  const b = getBuilding(db);
  return {
    name: b.name,
    street: b.street,
    postcode: b.postcode,
    city: b.city,
    phone: b.phone,
    email: b.email,
    gebied: b.gebied,
    welfareProvider: b.welfareProvider,
  };
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  toegekend: 'Toegekend',
  deels_toegekend: 'Deels toegekend',
  afgewezen: 'Afgewezen',
  aangehouden: 'Aangehouden',
};

export const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);

export function memberRole(m: {
  voting: boolean;
  isResident: boolean;
  isWijkraad: boolean;
  isChair: boolean;
  isSecretary: boolean;
}): string {
  const parts = [
    m.isChair ? 'voorzitter' : m.isSecretary ? 'secretaris' : 'lid',
    m.isResident ? 'bewoner' : null,
    m.isWijkraad ? 'wijkraad' : null,
    m.voting ? null : 'adviserend',
  ];
  return parts.filter(Boolean).join(', ');
}
