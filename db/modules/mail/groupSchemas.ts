import { id, msg, planDate, requiredText, END_BEFORE_START, AT_MOST_A_YEAR } from '../../contract/fields';
import { z } from '../../contract/zod';

/** Who a group message goes to: active volunteers (of one role), renters with bookings in a period, the committee. */
export const GROUP_AUDIENCES = ['vrijwilligers', 'huurders', 'commissie'] as const;
export type GroupAudience = (typeof GROUP_AUDIENCES)[number];

const groupFields = {
  audience: z.enum(GROUP_AUDIENCES, { error: msg('Kies aan wie het bericht gaat.', 'Choose who the message is for.') }),
  /** Only for volunteers: one role, or null for all active volunteers. */
  roleId: id.nullable().default(null),
  /** Only for renters: the period in which they have a booking. */
  from: planDate.nullable().default(null),
  to: planDate.nullable().default(null),
  /**
   * A notice everyone must get (a closure, a changed meeting): it goes also to those who want no optional
   * messages. Otherwise their choice holds.
   */
  service: z.boolean().default(false),
};

/** Renters are chosen by a period with both dates, of at most a year. */
function checkPeriod(v: { audience: GroupAudience; from: string | null; to: string | null }, ctx: z.RefinementCtx) {
  if (v.audience !== 'huurders') return;
  const missing = msg('Vul een datum in.', 'Fill in a date.');
  if (!v.from) ctx.addIssue({ code: 'custom', path: ['from'], message: missing });
  if (!v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: missing });
  if (!v.from || !v.to) return;
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: END_BEFORE_START });
  else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 > 366)
    ctx.addIssue({ code: 'custom', path: ['to'], message: AT_MOST_A_YEAR });
}

export const groupInput = z.object(groupFields).superRefine(checkPeriod);

export const groupSendInput = z
  .object({
    ...groupFields,
    subject: requiredText(msg('Onderwerp', 'Subject'), 150),
    text: requiredText(msg('Tekst', 'Text'), 20000),
  })
  .superRefine(checkPeriod);
