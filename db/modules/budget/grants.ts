import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { formatCents } from '../../platform/clock';
import * as texts from './grantTexts';
import { accountabilityInput, closeInput, paymentInput, paymentPaid, paymentQuery } from './schemas';
import { applicationMoney, dayOf, setStatus, statusOf, whoOf, type Who } from './shared';
import { costLinesOf } from './applications/lines';
import { getApplication, type PaymentRow } from './applications/detail';
import { msg } from '../../platform/messages';
import { mailPayment } from './mail';

/**
 * Payments and accountability. A grant is paid in advances and instalments (planned ones have a due
 * date, paid ones a date and a reference); after the activity the applicant accounts for it (actual
 * costs per line, reach per priority group, evaluation, the part of the grant spent); closing settles
 * paid against spent and releases the rest of the grant back to the round.
 */

/** A payment with the application it belongs to, for the list of (planned) payments. */
export interface PaymentListRow extends PaymentRow {
  number: string;
  title: string;
  applicantName: string;
  iban: string;
}

const PAYABLE = ['toegekend', 'deels_toegekend', 'bevoorschot', 'verantwoord'] as const;

function getPayment(db: Db, paymentId: number): PaymentRow {
  const row = db
    .prepare(
      'SELECT id, application_id AS applicationId, kind, amount_cents AS amountCents, due_on AS dueOn, paid_on AS paidOn, reference, note, created_by AS createdBy FROM budget_payments WHERE id = ?',
    )
    .get(paymentId) as PaymentRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze betaling bestaat niet.', 'This payment does not exist.'));
  return row;
}

/** A payment is recorded on or after the decision, and not after `today`. */
function checkPaidOn(db: Db, applicationId: number, paidOn: string, today: string): void {
  const { decidedOn } = db
    .prepare('SELECT decided_on AS decidedOn FROM budget_applications WHERE id = ?')
    .get(applicationId) as { decidedOn: string | null };
  if (decidedOn && paidOn < decidedOn) throw ApiError.field('paidOn', texts.paymentBeforeDecision(decidedOn));
  if (paidOn > today)
    throw ApiError.field(
      'paidOn',
      msg(
        'De betaaldatum ligt in de toekomst: plan de termijn met een vervaldatum.',
        'The payment date is in the future: plan the instalment with a due date.',
      ),
    );
}

/** After a payment: partly paid is bevoorschot, fully paid is uitbetaald (settling after accountability keeps verantwoord). */
function followPayments(db: Db, applicationId: number, who: Who): void {
  const status = statusOf(db, applicationId);
  if (status === 'verantwoord') return;
  const money = applicationMoney(db, applicationId);
  const target = money.paidCents >= money.committedCents ? 'uitbetaald' : money.paidCents > 0 ? 'bevoorschot' : null;
  if (target && target !== status)
    setStatus(
      db,
      applicationId,
      target,
      who,
      `Betaald: ${formatCents(money.paidCents)} van ${formatCents(money.committedCents)}`,
    );
}

export function addPayment(db: Db, input: z.output<typeof paymentInput>, who: Who): number {
  const a = getApplication(db, input.applicationId);
  if (!(PAYABLE as readonly string[]).includes(a.status)) {
    throw new ApiError('CONFLICT', texts.noPaymentIn(a.status));
  }
  const money = a.money;
  if (input.kind === 'terugbetaling') {
    if (a.status !== 'verantwoord')
      throw ApiError.field(
        'kind',
        msg(
          'Een terugbetaling hoort bij de afrekening, na de verantwoording.',
          'A repayment belongs to the settlement, after the accountability.',
        ),
      );
    const over = money.paidCents - (money.spentCents ?? 0);
    if (input.amountCents > over)
      throw ApiError.field(
        'amountCents',
        over > 0
          ? texts.repaymentAtMost(over)
          : msg(
              'Er is niet meer betaald dan besteed: er valt niets terug te betalen.',
              'No more was paid than spent: there is nothing to repay.',
            ),
      );
  } else {
    const cap =
      a.status === 'verantwoord'
        ? (money.spentCents ?? 0) - money.paidCents - money.plannedCents
        : money.unscheduledCents;
    if (input.amountCents > cap) {
      throw ApiError.field(
        'amountCents',
        a.status === 'verantwoord'
          ? texts.spentPaidOrPlanned(money.spentCents ?? 0, money.paidCents + money.plannedCents, Math.max(0, cap))
          : texts.grantPaidOrPlanned(money.committedCents, money.paidCents + money.plannedCents, Math.max(0, cap)),
      );
    }
  }
  if (input.paidOn !== null) checkPaidOn(db, a.id, input.paidOn, dayOf(who));
  const paymentId = Number(
    db
      .prepare(
        'INSERT INTO budget_payments (application_id, kind, amount_cents, due_on, paid_on, reference, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        a.id,
        input.kind,
        input.amountCents,
        input.dueOn,
        input.paidOn,
        input.reference,
        input.note,
        who.at,
        who.name,
      ).lastInsertRowid,
  );
  if (input.paidOn !== null) followPayments(db, a.id, who);
  return paymentId;
}

export function markPaid(db: Db, input: z.output<typeof paymentPaid>, who: Who): PaymentRow {
  const payment = getPayment(db, input.id);
  if (payment.paidOn) throw new ApiError('CONFLICT', texts.alreadyPaidOn(payment.paidOn));
  const status = statusOf(db, payment.applicationId);
  if (!(PAYABLE as readonly string[]).includes(status))
    throw new ApiError(
      'CONFLICT',
      msg('Op deze aanvraag wordt niet (meer) betaald.', 'No (further) payments are made on this application.'),
    );
  if (status === 'verantwoord') {
    const money = applicationMoney(db, payment.applicationId);
    const room = (money.spentCents ?? 0) - money.paidCents;
    if (payment.amountCents > room)
      throw new ApiError(
        'CONFLICT',
        texts.instalmentTooMuch(money.spentCents ?? 0, money.paidCents, payment.amountCents),
      );
  }
  checkPaidOn(db, payment.applicationId, input.paidOn, dayOf(who));
  db.prepare('UPDATE budget_payments SET paid_on = ?, reference = ? WHERE id = ?').run(
    input.paidOn,
    input.reference,
    input.id,
  );
  followPayments(db, payment.applicationId, who);
  return getPayment(db, input.id);
}

export function account(db: Db, input: z.output<typeof accountabilityInput>, who: Who): void {
  const a = getApplication(db, input.applicationId);
  if (a.status !== 'bevoorschot' && a.status !== 'uitbetaald') {
    throw new ApiError('CONFLICT', texts.accountabilityNeedsPayment(a.status));
  }
  const lines = costLinesOf(db, a.id);
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const seen = new Set<number>();
  input.actualCosts.forEach((c, i) => {
    if (!lines.some((l) => l.id === c.costLineId))
      add(
        `actualCosts.${i}.costLineId`,
        msg('Deze kostenregel hoort niet bij deze aanvraag.', 'This cost line does not belong to this application.'),
      );
    else if (seen.has(c.costLineId))
      add(`actualCosts.${i}.costLineId`, msg('Elke kostenregel maar één keer.', 'Each cost line only once.'));
    seen.add(c.costLineId);
  });
  const missing = lines.filter((l) => !seen.has(l.id));
  if (missing.length) add('actualCosts', texts.fillInActualCosts(missing.map((l) => l.description)));
  const actualReimbursable = input.actualCosts
    .filter((c) => lines.find((l) => l.id === c.costLineId)?.reimbursable)
    .reduce((s, c) => s + c.actualCents, 0);
  if (input.spentCents > a.money.committedCents) add('spentCents', texts.spentAboveGrant(a.money.committedCents));
  else if (lines.length && !missing.length && input.spentCents > actualReimbursable)
    add('spentCents', texts.spentAboveReimbursable(actualReimbursable));
  if (a.decidedOn && input.accountedOn < a.decidedOn) add('accountedOn', texts.accountedBeforeDecision(a.decidedOn));
  if (input.accountedOn > dayOf(who))
    add(
      'accountedOn',
      msg('De datum van de verantwoording ligt in de toekomst.', 'The accountability date is in the future.'),
    );
  if (Object.keys(errors).length) throw new ApiError('VALIDATION', Object.values(errors)[0]![0]!, errors);
  const update = db.prepare('UPDATE budget_cost_lines SET actual_cents = ? WHERE id = ?');
  for (const c of input.actualCosts) update.run(c.actualCents, c.costLineId);
  db.prepare(
    'UPDATE budget_applications SET accounted_on = ?, spent_cents = ?, actual_reach = ?, actual_participants = ?, meetings_held = ?, evaluation = ? WHERE id = ?',
  ).run(
    input.accountedOn,
    input.spentCents,
    JSON.stringify(input.actualReach),
    input.actualParticipants,
    input.meetingsHeld,
    input.evaluation,
    a.id,
  );
  setStatus(
    db,
    a.id,
    'verantwoord',
    who,
    `Verantwoord: ${formatCents(input.spentCents)} besteed van ${formatCents(a.money.committedCents)}`,
  );
}

/** Settles paid against spent and releases the unspent part of the grant back to the round. */
export function closeGrant(db: Db, input: z.output<typeof closeInput>, who: Who): number {
  const a = getApplication(db, input.applicationId);
  if (a.status !== 'verantwoord') throw new ApiError('CONFLICT', texts.closeNeedsAccountability(a.status));
  const { paidCents, plannedCents, spentCents, grantedCents } = a.money;
  const spent = spentCents ?? 0;
  if (plannedCents > 0) throw new ApiError('CONFLICT', texts.plannedStillOpen(plannedCents));
  if (paidCents < spent) throw new ApiError('CONFLICT', texts.payRemainderFirst(spent, paidCents));
  if (paidCents > spent) throw new ApiError('CONFLICT', texts.recordRepaymentFirst(paidCents, spent));
  if (a.accountedOn && input.closedOn < a.accountedOn)
    throw ApiError.field('closedOn', texts.closedBeforeAccountability(a.accountedOn));
  const released = grantedCents - spent;
  db.prepare('UPDATE budget_applications SET released_cents = ?, closed_on = ?, close_note = ? WHERE id = ?').run(
    released,
    input.closedOn,
    input.note,
    a.id,
  );
  setStatus(db, a.id, 'afgesloten', who, released ? `Afgesloten; ${formatCents(released)} valt vrij` : 'Afgesloten');
  return released;
}

export const budgetGrantMethods = {
  'grants.payments': method({
    description:
      'Betalingen op toekenningen: geplande termijnen (op vervaldatum) of alles, eventueel van één ronde, met aanvraagnummer en titel.',
    access: ['beheerder'],
    mode: 'read',
    input: paymentQuery,
    handler: ({ db }, q) =>
      db
        .prepare(
          `SELECT p.id, p.application_id AS applicationId, a.number, a.title, a.applicant_name AS applicantName, a.iban, p.kind, p.amount_cents AS amountCents,
          p.due_on AS dueOn, p.paid_on AS paidOn, p.reference, p.note, p.created_by AS createdBy
        FROM budget_payments p JOIN budget_applications a ON a.id = p.application_id
        WHERE (? IS NULL OR a.round_id = ?) AND (? = 0 OR p.paid_on IS NULL) ORDER BY coalesce(p.paid_on, p.due_on), p.id`,
        )
        .all(q.roundId, q.roundId, q.planned ? 1 : 0) as PaymentListRow[],
  }),
  'grants.addPayment': method({
    description:
      'Legt een voorschot, (termijn)betaling of terugbetaling vast: betaald (datum en kenmerk) of gepland (vervaldatum). Nooit meer dan de toekenning; de status volgt (bevoorschot, uitbetaald).',
    access: ['beheerder'],
    mode: 'write',
    input: paymentInput,
    handler: (ctx, input) => {
      const paymentId = addPayment(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, input.applicationId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: a.id,
        summary: `${input.kind} ${formatCents(input.amountCents)} ${input.paidOn ? `betaald op ${input.paidOn} (${input.reference})` : `gepland op ${input.dueOn}`} voor ${a.number}`,
      });
      mailPayment(ctx.db, ctx.clock, paymentId);
      return { paymentId, application: a };
    },
  }),
  'grants.markPaid': method({
    description: 'Registreert de betaling van een geplande termijn (datum en kenmerk).',
    access: ['beheerder'],
    mode: 'write',
    input: paymentPaid,
    handler: (ctx, input) => {
      const payment = markPaid(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, payment.applicationId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: a.id,
        summary: `Termijn ${formatCents(payment.amountCents)} betaald op ${input.paidOn} (${input.reference}) voor ${a.number}`,
      });
      mailPayment(ctx.db, ctx.clock, payment.id);
      return { paymentId: payment.id, application: a };
    },
  }),
  'grants.removePayment': method({
    description: 'Verwijdert een geplande termijn die nog niet is betaald. Een betaalde termijn blijft staan.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const payment = getPayment(db, input.id);
      if (payment.paidOn)
        throw new ApiError(
          'CONFLICT',
          msg(
            'Een betaalde termijn blijft staan; een teveel betaald bedrag wordt bij de afrekening terugbetaald.',
            'A paid instalment stays; an amount paid too much is repaid at the settlement.',
          ),
        );
      db.prepare('DELETE FROM budget_payments WHERE id = ?').run(input.id);
      const a = getApplication(db, payment.applicationId);
      audit({
        entity: 'budget_applications',
        entityId: a.id,
        summary: `Geplande termijn ${formatCents(payment.amountCents)} (${payment.dueOn}) verwijderd voor ${a.number}`,
      });
      return a;
    },
  }),
  'grants.account': method({
    description:
      'Legt de verantwoording vast: werkelijke kosten per kostenregel, bereik per prioriteitsgroep, deelnemers en bijeenkomsten, evaluatie en het bestede deel van de bijdrage.',
    access: ['beheerder'],
    mode: 'write',
    input: accountabilityInput,
    handler: (ctx, input) => {
      account(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, input.applicationId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: a.id,
        summary: `Verantwoording ${a.number}: ${formatCents(input.spentCents)} besteed, werkelijke kosten ${formatCents(a.totals.actualCostsCents ?? 0)}`,
      });
      return a;
    },
  }),
  'grants.close': method({
    description:
      'Sluit een verantwoorde toekenning af als betaald en besteed gelijk zijn; het niet bestede deel valt vrij in het grootboek van de ronde.',
    access: ['beheerder'],
    mode: 'write',
    input: closeInput,
    handler: (ctx, input) => {
      const released = closeGrant(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, input.applicationId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: a.id,
        summary: `Aanvraag ${a.number} afgesloten${released ? `; ${formatCents(released)} valt vrij` : ''}`,
      });
      return a;
    },
  }),
};
