import type { ApplicationStatus } from './vocabulary';
import { STATUS_WORDS } from './vocabulary';
import { say } from './say';
import { msg } from '../../platform/messages';

/** The refusals of payments, accountability and closing, in both languages (grants.ts stays about the rules). */

const status = (s: ApplicationStatus) => STATUS_WORDS[s];

export const paymentBeforeDecision = (decidedOn: string) =>
  say(
    ({ day }) => `De betaling kan niet voor het besluit (${day(decidedOn)}) liggen.`,
    ({ day }) => `The payment cannot be dated before the decision (${day(decidedOn)}).`,
  );

export const noPaymentIn = (s: ApplicationStatus) =>
  say(
    ({ t }) =>
      `Op een aanvraag met status "${t(status(s)).toLowerCase()}" wordt niet betaald${s === 'uitbetaald' ? ': de toekenning is al helemaal betaald' : ''}.`,
    ({ t }) =>
      `No payment is made on an application with status "${t(status(s)).toLowerCase()}"${s === 'uitbetaald' ? ': the grant has been paid in full' : ''}.`,
  );

export const repaymentAtMost = (over: number) =>
  say(
    ({ euro }) => `Er is ${euro(over)} meer betaald dan besteed: de terugbetaling is hoogstens dat bedrag.`,
    ({ euro }) => `${euro(over)} more was paid than spent: the repayment is at most that amount.`,
  );

export const spentPaidOrPlanned = (spent: number, paidOrPlanned: number, cap: number) =>
  say(
    ({ euro }) =>
      `Er is ${euro(spent)} besteed en ${euro(paidOrPlanned)} betaald of gepland: er kan nog ${euro(cap)} worden betaald.`,
    ({ euro }) => `${euro(spent)} was spent and ${euro(paidOrPlanned)} paid or planned: ${euro(cap)} more can be paid.`,
  );

export const grantPaidOrPlanned = (committed: number, paidOrPlanned: number, cap: number) =>
  say(
    ({ euro }) =>
      `Van de toekenning (${euro(committed)}) is ${euro(paidOrPlanned)} betaald of gepland: er kan nog ${euro(cap)} bij.`,
    ({ euro }) =>
      `Of the grant (${euro(committed)}) ${euro(paidOrPlanned)} is paid or planned: ${euro(cap)} more can be added.`,
  );

export const alreadyPaidOn = (paidOn: string) =>
  say(
    ({ day }) => `Deze termijn is al betaald op ${day(paidOn)}.`,
    ({ day }) => `This instalment was already paid on ${day(paidOn)}.`,
  );

export const instalmentTooMuch = (spent: number, paid: number, amount: number) =>
  say(
    ({ euro }) =>
      `Er is ${euro(spent)} besteed en ${euro(paid)} betaald: deze termijn van ${euro(amount)} is te veel. Verwijder haar en plan het restant.`,
    ({ euro }) =>
      `${euro(spent)} was spent and ${euro(paid)} paid: this instalment of ${euro(amount)} is too much. Remove it and plan the remainder.`,
  );

export const accountabilityNeedsPayment = (s: ApplicationStatus) =>
  say(
    ({ t }) =>
      `Een verantwoording hoort bij een (deels) betaalde toekenning; deze aanvraag is ${t(status(s)).toLowerCase()}.`,
    ({ t }) => `An accountability belongs to a (partly) paid grant; this application is ${t(status(s)).toLowerCase()}.`,
  );

export const spentAboveGrant = (committed: number) =>
  say(
    ({ euro }) => `Het bestede bedrag kan niet hoger zijn dan de toekenning (${euro(committed)}).`,
    ({ euro }) => `The amount spent cannot be higher than the grant (${euro(committed)}).`,
  );

export const spentAboveReimbursable = (reimbursable: number) =>
  say(
    ({ euro }) =>
      `Er is ${euro(reimbursable)} aan vergoedbare kosten gemaakt: meer kan er niet uit de bijdrage zijn besteed.`,
    ({ euro }) => `${euro(reimbursable)} of reimbursable costs were made: no more can have been spent from the grant.`,
  );

export const accountedBeforeDecision = (decidedOn: string) =>
  say(
    ({ day }) => `De verantwoording kan niet voor het besluit (${day(decidedOn)}) liggen.`,
    ({ day }) => `The accountability cannot be dated before the decision (${day(decidedOn)}).`,
  );

export const closeNeedsAccountability = (s: ApplicationStatus) =>
  say(
    ({ t }) => `Alleen een verantwoorde aanvraag wordt afgesloten; deze is ${t(status(s)).toLowerCase()}.`,
    ({ t }) => `Only an accounted-for application is closed; this one is ${t(status(s)).toLowerCase()}.`,
  );

export const plannedStillOpen = (planned: number) =>
  say(
    ({ euro }) => `Er staat nog ${euro(planned)} aan geplande termijnen: betaal of verwijder ze eerst.`,
    ({ euro }) => `${euro(planned)} in planned instalments is still open: pay or remove them first.`,
  );

export const payRemainderFirst = (spent: number, paid: number) =>
  say(
    ({ euro }) =>
      `Er is ${euro(spent)} besteed en ${euro(paid)} betaald: betaal eerst het restant van ${euro(spent - paid)}.`,
    ({ euro }) => `${euro(spent)} was spent and ${euro(paid)} paid: first pay the remainder of ${euro(spent - paid)}.`,
  );

export const recordRepaymentFirst = (paid: number, spent: number) =>
  say(
    ({ euro }) =>
      `Er is ${euro(paid)} betaald en ${euro(spent)} besteed: registreer eerst de terugbetaling van ${euro(paid - spent)}.`,
    ({ euro }) =>
      `${euro(paid)} was paid and ${euro(spent)} spent: first record the repayment of ${euro(paid - spent)}.`,
  );

export const closedBeforeAccountability = (accountedOn: string) =>
  say(
    ({ day }) => `Afsluiten kan niet voor de verantwoording (${day(accountedOn)}).`,
    ({ day }) => `Closing cannot be dated before the accountability (${day(accountedOn)}).`,
  );

export const fillInActualCosts = (descriptions: string[]) =>
  msg(
    `Vul de werkelijke kosten in voor: ${descriptions.join(', ')}.`,
    `Fill in the actual costs for: ${descriptions.join(', ')}.`,
  );
