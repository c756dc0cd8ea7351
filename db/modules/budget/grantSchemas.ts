import { z } from '../../contract/zod';
import { id, optionalText, requiredText, planDate } from '../../contract/fields';
import { PAYMENT_KINDS } from './vocabulary';
import { cents, count, positiveCents, reach } from './amountSchemas';

/** Payments on a grant, the accountability and closing. */

export const paymentInput = z
  .object({
    applicationId: id,
    kind: z.enum(PAYMENT_KINDS, { error: 'Kies voorschot, betaling of terugbetaling.' }),
    amountCents: positiveCents('het bedrag'),
    dueOn: planDate.nullable().default(null),
    paidOn: planDate.nullable().default(null),
    reference: optionalText('Kenmerk', 120),
    note: optionalText('Notitie', 500),
  })
  .refine((v) => v.paidOn !== null || v.dueOn !== null, {
    message: 'Vul de betaaldatum in, of de geplande datum voor een termijn die nog komt.',
    path: ['paidOn'],
  })
  .refine((v) => v.paidOn === null || v.reference !== '', {
    message: 'Vul het kenmerk van de betaling in.',
    path: ['reference'],
  })
  .refine((v) => v.kind !== 'terugbetaling' || v.paidOn !== null, {
    message: 'Een terugbetaling wordt vastgelegd als ze ontvangen is: vul de datum in.',
    path: ['paidOn'],
  });
export const paymentPaid = z.object({ id, paidOn: planDate, reference: requiredText('Kenmerk', 120) });
export const paymentQuery = z
  .object({ roundId: id.nullable().default(null), planned: z.boolean().default(false) })
  .default({ roundId: null, planned: false });

export const accountabilityInput = z.object({
  applicationId: id,
  accountedOn: planDate,
  actualCosts: z
    .array(z.object({ costLineId: id, actualCents: cents('de werkelijke kosten') }), {
      error: 'Geef de werkelijke kosten per kostenregel.',
    })
    .max(60),
  actualReach: reach,
  actualParticipants: count('het aantal deelnemers').nullable().default(null),
  meetingsHeld: count('het aantal bijeenkomsten', 10_000).nullable().default(null),
  evaluation: requiredText('Evaluatie', 8000),
  spentCents: cents('het bestede bedrag van de bijdrage'),
});
export const closeInput = z.object({ applicationId: id, closedOn: planDate, note: optionalText('Notitie', 2000) });
