import { z } from '../../contract/zod';
import { id, optionalText, requiredText, planDate } from '../../contract/fields';
import { msg } from '../../platform/messages';
import { PAYMENT_KINDS } from './vocabulary';
import { cents, count, positiveCents, reach } from './amountSchemas';

/** Payments on a grant, the accountability and closing. */

export const paymentInput = z
  .object({
    applicationId: id,
    kind: z.enum(PAYMENT_KINDS, {
      error: msg('Kies voorschot, betaling of terugbetaling.', 'Choose advance, payment or repayment.'),
    }),
    amountCents: positiveCents(msg('het bedrag', 'the amount')),
    dueOn: planDate.nullable().default(null),
    paidOn: planDate.nullable().default(null),
    reference: optionalText(msg('Kenmerk', 'Reference'), 120),
    note: optionalText(msg('Notitie', 'Note'), 500),
  })
  .refine((v) => v.paidOn !== null || v.dueOn !== null, {
    message: msg(
      'Vul de betaaldatum in, of de geplande datum voor een termijn die nog komt.',
      'Fill in the payment date, or the planned date for an instalment still to come.',
    ),
    path: ['paidOn'],
  })
  .refine((v) => v.paidOn === null || v.reference !== '', {
    message: msg('Vul het kenmerk van de betaling in.', 'Fill in the payment reference.'),
    path: ['reference'],
  })
  .refine((v) => v.kind !== 'terugbetaling' || v.paidOn !== null, {
    message: msg(
      'Een terugbetaling wordt vastgelegd als ze ontvangen is: vul de datum in.',
      'A repayment is recorded once it is received: fill in the date.',
    ),
    path: ['paidOn'],
  });
export const paymentPaid = z.object({
  id,
  paidOn: planDate,
  reference: requiredText(msg('Kenmerk', 'Reference'), 120),
});
export const paymentQuery = z
  .object({ roundId: id.nullable().default(null), planned: z.boolean().default(false) })
  .default({ roundId: null, planned: false });

export const accountabilityInput = z.object({
  applicationId: id,
  accountedOn: planDate,
  actualCosts: z
    .array(z.object({ costLineId: id, actualCents: cents(msg('de werkelijke kosten', 'the actual costs')) }), {
      error: msg('Geef de werkelijke kosten per kostenregel.', 'Give the actual costs per cost line.'),
    })
    .max(60),
  actualReach: reach,
  actualParticipants: count(msg('het aantal deelnemers', 'the number of participants')).nullable().default(null),
  meetingsHeld: count(msg('het aantal bijeenkomsten', 'the number of sessions'), 10_000).nullable().default(null),
  evaluation: requiredText(msg('Evaluatie', 'Evaluation'), 8000),
  spentCents: cents(msg('het bestede bedrag van de bijdrage', 'the amount of the grant spent')),
});
export const closeInput = z.object({
  applicationId: id,
  closedOn: planDate,
  note: optionalText(msg('Notitie', 'Note'), 2000),
});
