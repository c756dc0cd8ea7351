import {
  IconAlertTriangle,
  IconBook2,
  IconKey,
  IconListCheck,
  IconNotebook,
  IconSun,
  IconTool,
} from '@tabler/icons-react';
import { ROLES, type Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { TodayPage } from './today/TodayPage';
import { LogbookPage } from './logbook/LogbookPage';
import { ChecklistsPage } from './checklists/ChecklistsPage';
import { IncidentsPage } from './incidents/IncidentsPage';
import { DefectsPage } from './defects/DefectsPage';
import { KeysPage } from './keys/KeysPage';
import { HouseInfoPage } from './houseInfo/HouseInfoPage';

// The same roles as the core's read methods behind each screen (dashboard.today, logbook.list, …);
// what a role may change is decided per button on the screen, and by the core.
const SHIFT: readonly Role[] = ['beheerder', 'balie', 'coordinator'];

/** Vandaag: the start page of beheerder and balie (Start sends them here). Listed first in the navigation. */
export const TODAY_MODULE: ModuleDef = {
  path: '/vandaag',
  label: 'today',
  icon: IconSun,
  roles: SHIFT,
  // The coördinator opens Vandaag from links, but starts on Start: one home per role in the menu.
  navRoles: ['beheerder', 'balie'],
  element: <TodayPage />,
};

/** The sociaal beheer screens, after Start in the navigation. */
export const BEHEER_MODULES: ModuleDef[] = [
  { path: '/logboek', label: 'logbook', icon: IconNotebook, roles: SHIFT, element: <LogbookPage /> },
  {
    path: '/openen-sluiten',
    route: '/openen-sluiten/:tab?',
    label: 'checklists',
    icon: IconListCheck,
    roles: SHIFT,
    element: <ChecklistsPage />,
  },
  {
    path: '/incidenten',
    route: '/incidenten/:id?',
    label: 'incidents',
    icon: IconAlertTriangle,
    roles: SHIFT,
    element: <IncidentsPage />,
  },
  { path: '/storingen', label: 'defects', icon: IconTool, roles: SHIFT, element: <DefectsPage /> },
  { path: '/sleutels', label: 'keys', icon: IconKey, roles: SHIFT, element: <KeysPage /> },
  { path: '/huisregels', label: 'houseInfo', icon: IconBook2, roles: ROLES, element: <HouseInfoPage /> },
];
