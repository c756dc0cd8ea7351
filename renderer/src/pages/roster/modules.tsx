import { IconCalendarUser, IconHourglass, IconUsersGroup } from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { VolunteersPage } from './volunteers/VolunteersPage';
import { RosterPage } from './schedule/RosterPage';
import { HoursPage } from './hours/HoursPage';

// The same roles as the core's methods behind each screen: the register, the week and the hours are
// for coördinator and beheerder (volunteers.*, roster.week, roster.hoursOverview); the balie reads
// today's duty (roster.today) on the Rooster screen.
const COORDINATION: readonly Role[] = ['beheerder', 'coordinator'];
const WITH_DESK: readonly Role[] = ['beheerder', 'coordinator', 'balie'];

/** The volunteer screens, registered in the shell's module list in one place. */
export const ROSTER_MODULES: ModuleDef[] = [
  {
    path: '/vrijwilligers',
    route: '/vrijwilligers/:id?',
    label: 'volunteers',
    icon: IconUsersGroup,
    roles: COORDINATION,
    element: <VolunteersPage />,
  },
  {
    path: '/rooster',
    route: '/rooster/:tab?',
    label: 'roster',
    icon: IconCalendarUser,
    roles: WITH_DESK,
    element: <RosterPage />,
  },
  { path: '/uren', label: 'hours', icon: IconHourglass, roles: COORDINATION, element: <HoursPage /> },
];
