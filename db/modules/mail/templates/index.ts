import type { MailTemplate } from './template';
import { RENTER_TEMPLATES } from './renters';
import { APPLICANT_TEMPLATES } from './applicants';
import { COMMITTEE_TEMPLATES } from './committee';
import { VOLUNTEER_TEMPLATES } from './volunteers';

/**
 * Every template of the house, by audience. A file per audience (renters.ts, volunteers.ts, applicants.ts,
 * committee.ts) exports its list; they are gathered here.
 */
export const MAIL_TEMPLATES: readonly MailTemplate[] = [
  ...RENTER_TEMPLATES,
  ...VOLUNTEER_TEMPLATES,
  ...APPLICANT_TEMPLATES,
  ...COMMITTEE_TEMPLATES,
];

export function templateOf(key: string): MailTemplate | undefined {
  return MAIL_TEMPLATES.find((t) => t.key === key);
}
