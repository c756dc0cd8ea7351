import { IconMailForward } from '@tabler/icons-react';
import type { ModuleDef } from '../../../shell/modules';
import { GroupMessagePage } from './GroupMessagePage';

/**
 * The group message screen: the coördinator writes to volunteers, the beheerder to anyone, the committee's
 * secretary to the committee (the core checks the secretary; other commissie accounts are refused there).
 */
export const GROUP_MESSAGE_MODULE: ModuleDef = {
  path: '/groepsbericht',
  label: 'groupMessage',
  icon: IconMailForward,
  roles: ['beheerder', 'coordinator', 'commissie'],
  element: <GroupMessagePage />,
};
