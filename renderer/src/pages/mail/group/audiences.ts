import type { Role } from '../../../../../db/contract/fields';
import type { GroupAudience } from '../../../../../db/modules/mail/groupSchemas';

/** Which groups a role may write to, as the core allows (mail.group*): the secretary is a commissie account. */
export function audiencesFor(role: Role): GroupAudience[] {
  if (role === 'beheerder') return ['vrijwilligers', 'huurders', 'commissie'];
  if (role === 'coordinator') return ['vrijwilligers'];
  if (role === 'commissie') return ['commissie'];
  return [];
}
