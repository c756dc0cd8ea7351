import { IconClipboardText, IconCoinEuro, IconGavel, IconUsersGroup } from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { MeetingsPage } from './meetings/MeetingsPage';
import { ApplicationsPage } from './applications/ApplicationsPage';
import { BudgetPage } from './overview/BudgetPage';
import { CommitteePage } from './committee/CommitteePage';

// The same roles as the core's methods: coördinator and balie see no applications.
const COMMITTEE: readonly Role[] = ['beheerder', 'commissie'];
const BEHEERDER: readonly Role[] = ['beheerder'];

/** Lokaal Budget and Right to Cooperate: budget and rounds, applications, the committee, meetings with their documents. */
export const BUDGET_MODULES: ModuleDef[] = [
  { path: '/budget', label: 'budget', icon: IconCoinEuro, roles: BEHEERDER, element: <BudgetPage /> },
  {
    path: '/aanvragen',
    route: '/aanvragen/:id?/:doc?',
    label: 'applications',
    icon: IconClipboardText,
    roles: COMMITTEE,
    element: <ApplicationsPage />,
  },
  { path: '/commissie', label: 'committee', icon: IconUsersGroup, roles: COMMITTEE, element: <CommitteePage /> },
  {
    path: '/vergaderingen',
    route: '/vergaderingen/:id?/:doc?',
    label: 'meetings',
    icon: IconGavel,
    roles: COMMITTEE,
    element: <MeetingsPage />,
  },
];
