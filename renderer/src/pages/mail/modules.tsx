import { IconMailForward, IconMailCog } from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { MailAccountPage } from './account/MailAccountPage';
import { OutboxPage } from './outbox/OutboxPage';
import { MAIL_TEMPLATES_MODULE } from './templates/route';
import { GROUP_MESSAGE_MODULE } from './group/route';

// The same role as every mailserver.* and outbox.* method in the core.
const BEHEERDER: readonly Role[] = ['beheerder'];

/** E-mail: the outbox with the sent log, the messages the house sends (Berichten), group messages, the mail account. */
export const MAIL_MODULES: ModuleDef[] = [
  {
    path: '/postvak-uit',
    route: '/postvak-uit/:tab?',
    label: 'mailOutbox',
    icon: IconMailForward,
    roles: BEHEERDER,
    element: <OutboxPage />,
  },
  MAIL_TEMPLATES_MODULE,
  GROUP_MESSAGE_MODULE,
  { path: '/e-mailaccount', label: 'mailAccount', icon: IconMailCog, roles: BEHEERDER, element: <MailAccountPage /> },
];
