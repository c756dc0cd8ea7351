import { IconCalendarWeek, IconChartBar, IconClipboardCheck, IconHandClick, IconUsersGroup } from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { ActivitiesPage } from './activities/ActivitiesPage';
import { CountsPage } from './counts/CountsPage';
import { TallyRoute } from './tally/TallyRoute';
import { ReachRoute } from './reach/ReachRoute';
import { ProgrammePage } from './programme/ProgrammePage';

// The same roles as the core's methods behind each screen: activities.list and programme.week are
// open to the desk, counting (attendance.tally) to beheerder and balie, the reports to beheerder and coördinator.
const DESK: readonly Role[] = ['beheerder', 'coordinator', 'balie'];
const COUNTERS: readonly Role[] = ['beheerder', 'balie'];
const READERS: readonly Role[] = ['beheerder', 'coordinator'];

/** Activities and attendance, registered in the shell's module list in one place. */
export const ATTENDANCE_MODULES: ModuleDef[] = [
  { path: '/activiteiten', label: 'activities', icon: IconUsersGroup, roles: DESK, element: <ActivitiesPage /> },
  { path: '/tellingen', label: 'attendance', icon: IconClipboardCheck, roles: DESK, element: <CountsPage /> },
  {
    path: '/turfteller',
    route: '/turfteller/:sessionId?',
    label: 'tally',
    icon: IconHandClick,
    roles: COUNTERS,
    element: <TallyRoute />,
  },
  {
    path: '/bereik',
    route: '/bereik/:view?',
    label: 'reach',
    icon: IconChartBar,
    roles: READERS,
    element: <ReachRoute />,
  },
  { path: '/programma', label: 'programme', icon: IconCalendarWeek, roles: DESK, element: <ProgrammePage /> },
];
