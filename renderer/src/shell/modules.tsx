import type { ReactNode } from 'react';
import {
  IconArchive,
  IconBuildingCommunity,
  IconCalendar,
  IconDoor,
  IconHome,
  IconListSearch,
  IconSettings,
  IconUserCircle,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { ROLES, type Role } from '../../../db/contract/fields';
import type { Translation } from '../i18n/resources';
import { HomePage } from './home/HomePage';
import { BEHEER_MODULES, TODAY_MODULE } from '../pages/beheer/modules';
import { BuildingPage } from '../pages/building/BuildingPage';
import { RoomsPage } from '../pages/building/rooms/RoomsPage';
import { AccountsPage } from '../pages/accounts/users/AccountsPage';
import { AuditPage } from '../pages/system/audit/AuditPage';
import { BackupsPage } from '../pages/system/backups/BackupsPage';
import { SettingsPage } from '../pages/system/settings/SettingsPage';
import { MyAccountPage } from '../pages/accounts/mine/MyAccountPage';
import { AgendaPage } from '../pages/bookings/agenda/AgendaPage';
import { RENTAL_MODULES } from '../pages/bookings/modules';
import { ROSTER_MODULES } from '../pages/roster/modules';
import { ATTENDANCE_MODULES } from '../pages/attendance/modules';
import { BUDGET_MODULES } from '../pages/budget/modules';
import { PRIVACY_MODULES } from '../pages/privacy/modules';
import { TRANSFER_MODULES } from '../pages/transfer/modules';
import { MAIL_MODULES } from '../pages/mail/modules';

export interface ModuleDef {
  /** Where the navigation links to. */
  path: string;
  /** The route pattern, when it has more than the path (tabs). */
  route?: string;
  label: keyof Translation['nav'];
  icon: Icon;
  /** Who may open it; the core enforces the same roles per method. */
  roles: readonly Role[];
  /** Who sees it in the navigation, when that differs from who may open it. */
  navRoles?: readonly Role[];
  element: ReactNode;
}

const BEHEERDER: readonly Role[] = ['beheerder'];

/** Only modules that exist are listed; later modules (bookings, volunteers, …) add themselves here. */
export const MODULES: ModuleDef[] = [
  // Vandaag is the start page of beheerder and balie: Start sends them there, so only the others see Start.
  TODAY_MODULE,
  {
    path: '/',
    label: 'start',
    icon: IconHome,
    roles: ROLES,
    navRoles: ['coordinator', 'commissie'],
    element: <HomePage />,
  },
  // Sociaal beheer: logbook, opening and closing, incidents, defects, keys, house rules.
  ...BEHEER_MODULES,
  {
    path: '/agenda',
    label: 'agenda',
    icon: IconCalendar,
    roles: ['beheerder', 'coordinator'],
    element: <AgendaPage />,
  },
  // Volunteers: the register with profiles, the roster with its gaps, hours and allowances.
  ...ROSTER_MODULES,
  // Activities and attendance: activities, counts, the tally counter, reach reports, the weekly programme.
  ...ATTENDANCE_MODULES,
  // Renting: day sheet, renters, tariffs, invoices, reports, foyer screen.
  ...RENTAL_MODULES,
  // Lokaal Budget and Right to Cooperate: budget and rounds, applications, committee, meetings and their documents.
  ...BUDGET_MODULES,
  {
    path: '/gebouw',
    route: '/gebouw/:tab?',
    label: 'building',
    icon: IconBuildingCommunity,
    roles: ROLES,
    element: <BuildingPage />,
  },
  { path: '/ruimtes', label: 'rooms', icon: IconDoor, roles: ROLES, element: <RoomsPage /> },
  { path: '/accounts', label: 'accounts', icon: IconUsers, roles: BEHEERDER, element: <AccountsPage /> },
  // Privacy (AVG): the register, a person's data, retention. Import and export of lists and the whole database.
  ...PRIVACY_MODULES,
  ...TRANSFER_MODULES,
  // E-mail: the outbox with the sent log, the messages the house sends, group messages, the house's mail account.
  ...MAIL_MODULES,
  { path: '/auditlog', label: 'audit', icon: IconListSearch, roles: BEHEERDER, element: <AuditPage /> },
  { path: '/back-ups', label: 'backups', icon: IconArchive, roles: BEHEERDER, element: <BackupsPage /> },
  { path: '/instellingen', label: 'settings', icon: IconSettings, roles: BEHEERDER, element: <SettingsPage /> },
  // The beheerder changes their password under Instellingen; everyone else gets this page.
  {
    path: '/mijn-account',
    label: 'myAccount',
    icon: IconUserCircle,
    roles: ROLES,
    navRoles: ['coordinator', 'commissie', 'balie'],
    element: <MyAccountPage />,
  },
];

export function mayOpen(module: ModuleDef, role: Role): boolean {
  return module.roles.includes(role);
}

export function inNavigation(module: ModuleDef, role: Role): boolean {
  return (module.navRoles ?? module.roles).includes(role);
}
