import { IconShieldLock } from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { PrivacyPage } from './PrivacyPage';

// The same role as every privacy.* method in the core.
const BEHEERDER: readonly Role[] = ['beheerder'];

/** Privacy (AVG): the register, the rights of a person, the retention job. */
export const PRIVACY_MODULES: ModuleDef[] = [
  {
    path: '/privacy',
    route: '/privacy/:tab?',
    label: 'privacy',
    icon: IconShieldLock,
    roles: BEHEERDER,
    element: <PrivacyPage />,
  },
];
