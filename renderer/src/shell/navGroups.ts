import type { Role } from '../../../db/contract/fields';
import { MODULES, inNavigation, type ModuleDef } from './modules';

/**
 * The menu by module, in the order of a working day: what happens today, the building and its renting,
 * the volunteers, the budget committee, activities and reach, and the administration. About thirty
 * screens in one flat list were hard to scan; grouping them here (by path) leaves each module's own
 * list of screens alone. A screen in no group lands at the foot of the menu, without a heading (Mijn account).
 */
export const NAV_GROUPS = [
  {
    key: 'today',
    paths: [
      '/vandaag',
      '/',
      '/dagoverzicht',
      '/logboek',
      '/openen-sluiten',
      '/incidenten',
      '/storingen',
      '/sleutels',
      '/huisregels',
    ],
  },
  {
    key: 'building',
    paths: ['/agenda', '/gebouw', '/ruimtes', '/huurders', '/tarieven', '/facturen', '/rapportages', '/foyer'],
  },
  { key: 'volunteers', paths: ['/vrijwilligers', '/rooster', '/uren'] },
  { key: 'budget', paths: ['/budget', '/aanvragen', '/vergaderingen', '/commissie'] },
  { key: 'activities', paths: ['/activiteiten', '/programma', '/tellingen', '/turfteller', '/bereik'] },
  { key: 'admin', paths: ['/accounts', '/instellingen', '/back-ups', '/auditlog', '/privacy', '/import-export'] },
  { key: 'mail', paths: ['/postvak-uit', '/berichten', '/groepsbericht', '/e-mailaccount'] },
] as const;

export type NavGroupKey = (typeof NAV_GROUPS)[number]['key'];

export interface NavSection {
  key: NavGroupKey | null;
  modules: ModuleDef[];
}

/** The menu of one role: only the groups with a screen that role may use, and only those screens. */
export function navSections(role: Role): NavSection[] {
  const mine = MODULES.filter((m) => inNavigation(m, role));
  const byPath = new Map(mine.map((m) => [m.path, m]));
  const grouped = new Set<string>(NAV_GROUPS.flatMap((g) => g.paths));
  const sections: NavSection[] = NAV_GROUPS.map((g) => ({
    key: g.key,
    modules: g.paths.flatMap((p) => byPath.get(p) ?? []),
  }));
  return [...sections, { key: null, modules: mine.filter((m) => !grouped.has(m.path)) }].filter(
    (s) => s.modules.length > 0,
  );
}
