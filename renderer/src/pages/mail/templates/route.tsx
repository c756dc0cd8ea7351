import { IconMailCog } from '@tabler/icons-react';
import type { ModuleDef } from '../../../shell/modules';
import { TemplatesPage } from './TemplatesPage';

/** "Berichten": the beheerder's settings of what the house mails; for the mail menu (pages/mail/modules.tsx). */
export const MAIL_TEMPLATES_MODULE: ModuleDef = {
  path: '/berichten',
  label: 'mailTemplates',
  icon: IconMailCog,
  roles: ['beheerder'],
  element: <TemplatesPage />,
};
