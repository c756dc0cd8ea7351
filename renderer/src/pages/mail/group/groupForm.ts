import type { GroupAudience } from '../../../../../db/modules/mail/groupSchemas';

export interface GroupValues {
  audience: GroupAudience;
  roleId: string | null;
  from: string;
  to: string;
  service: boolean;
  subject: string;
  text: string;
}

export const emptyGroupMessage = (audience: GroupAudience): GroupValues => ({
  audience,
  roleId: null,
  from: '',
  to: '',
  service: false,
  subject: '',
  text: '',
});

/** Form values → the input of mail.groupSend (and, without subject and text, of mail.groupRecipients). */
export const toGroupInput = (v: GroupValues) => ({
  audience: v.audience,
  roleId: v.audience === 'vrijwilligers' && v.roleId ? Number(v.roleId) : null,
  from: v.audience === 'huurders' ? v.from || null : null,
  to: v.audience === 'huurders' ? v.to || null : null,
  service: v.service,
  subject: v.subject,
  text: v.text,
});
