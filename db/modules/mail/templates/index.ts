import type { MailTemplate } from './template';
import { VOLUNTEER_TEMPLATES } from './volunteers';

/**
 * Every template of the house, by audience. A file per audience (renters.ts, volunteers.ts, applicants.ts,
 * committee.ts) exports its list; they are gathered here.
 */
export const MAIL_TEMPLATES: readonly MailTemplate[] = [...VOLUNTEER_TEMPLATES];

export function templateOf(key: string): MailTemplate | undefined {
  return MAIL_TEMPLATES.find((t) => t.key === key);
}
