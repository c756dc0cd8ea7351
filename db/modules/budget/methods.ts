import { budgetRoundMethods } from './roundMethods';
import { budgetApplicationMethods } from './applications/methods';
import { budgetAttachmentMethods } from './applications/attachments';
import { budgetEligibilityMethods } from './eligibility';
import { budgetCommitteeMethods } from './committee';
import { budgetMeetingMethods } from './meetings/methods';
import { budgetHomeMethods } from './meetings/mine';
import { budgetGrantMethods } from './grants';
import { budgetDocumentMethods } from './documents/methods';
import { budgetReportMethods } from './reports';
import { budgetMeetingMailMethods } from './meetings/mailing';

/**
 * Lokaal Budget and Right to Cooperate: year budgets and rounds with their ledger, applications,
 * the eligibility checklist, the committee, meetings with votes and decisions, payments and
 * accountability, documents and reports. One spread in db/contract/api.ts.
 *
 * Decisions where the brief is silent (the screens rely on them):
 *
 * - Files: rounds and roundMethods (years, rounds, ledger); applications/ (summary, cost lines and
 *   funding, checks, saving, the full detail, attachments); eligibility (checklist); committee
 *   (members, composition, rules); meetings/ (agenda, attendance and quorum, declarations, scores,
 *   proposals, votes, decisions, the meeting detail); grants (payments, accountability, closing);
 *   documents/ (decision letter, agenda pack, minutes); reports; shared holds the status machine, the
 *   ledger and the access helpers; demo, demoApplications and demoMeeting the demo data. The input
 *   schemas are split by topic (*Schemas.ts, vocabulary.ts) and gathered in schemas.ts for the renderer.
 * - Ledger: committed = granted − released; remaining = ceiling − committed; outstanding =
 *   committed − paid. The rounds of a year together stay within the year budget. Triggers in
 *   migration 006 back this up in the database itself.
 * - Registering: a concept is saved leniently. Registering (ingediend) requires a description, a
 *   requested amount and a cost breakdown that adds up (costs = requested + money from co-funding,
 *   own contribution and partners; in-kind help is valued but is no money) and that does not ask the
 *   budget for non-reimbursable costs. An amount outside the round's range, a date outside the window
 *   or period, another wijk or more than remains is a warning: NEEDS_CONFIRMATION with the message
 *   under the field's key (and all of them under `warnings`); send `confirmWarnings: true` to register
 *   it anyway, so it can get its letter of non-admissibility. A grant above the round's maximum, the
 *   requested amount or what remains is always refused.
 * - Eligibility: the checklist per scheme is configurable; items the data can judge (window, amount,
 *   period, cost breakdown, area) are computed; an answer contradicting the data needs a note; one
 *   "no" makes the application not admissible and needs a motivation for the letter.
 * - Composition: a majority of the voting members sitting on a date must be residents. A change that
 *   would break that on any date from today is refused; ending a term is always allowed (it returns a
 *   warning) and no meeting opens while the committee is out of balance. One chair and one secretary
 *   at a time; the chair votes; advisory members never count for quorum or votes.
 * - Quorum (default: more than half of the voting members sitting on the meeting's date; or two
 *   thirds; or a fixed number) is checked when the meeting opens. For an agenda item, members who
 *   declared a conflict of interest leave both the base and the present count; without quorum the item
 *   can only be deferred. Error keys: `members` (opening), `quorum`, `votes`, `proposedCents`,
 *   `motivation` (decision).
 * - Voting is on a proposal (amount and conditions). Adopted: granted (toegekend when it is the
 *   requested amount, else deels toegekend); rejected: afgewezen. Majority: gewone (more for than
 *   against, abstentions ignored) or volstrekte (more than half of all votes cast). A tie goes to the
 *   tie-break: the chair's vote (if the chair voted neither for nor against: deferred), defer, or
 *   reject. Every present voting member without a conflict must have voted before deciding; deferring
 *   needs no vote. Closing a meeting defers what was not decided. A meeting copies the rules when it
 *   is planned; changing the rules updates planned meetings only.
 * - Secretary: a committee member marked secretary whose record is linked to a user account with the
 *   role commissie (committee_members.user_id). While sitting, that account records attendance,
 *   proposals, votes, decisions and opens and closes meetings, like the beheerder. Other linked
 *   members record only their own declarations and scores.
 * - Visibility: the beheerder sees everything. A commissie account sees applications only while it is
 *   linked to a sitting member, and only those on the agenda of a meeting that was not cancelled,
 *   without phone, e-mail, address, bank account, notes and payments. Coördinator and balie call no
 *   budget method at all.
 * - Payments: planned instalments (due date) and paid ones (date and reference); never more than the
 *   grant. Partly paid is bevoorschot, fully paid uitbetaald. The accountability records actual costs
 *   per cost line, reach per priority group and the part of the grant spent; closing requires paid =
 *   spent (pay the rest or record the repayment) and releases granted − spent to the round.
 *   Withdrawing is possible until the first payment and releases the whole grant.
 * - Documents are data: ready-made Dutch paragraphs, the letterhead from the building profile, the
 *   accountability due 8 weeks after the activity ends, signatures of the meeting's chair and the
 *   secretary (or the beheerder for a letter of non-admissibility).
 */
export const budgetMethods = {
  ...budgetRoundMethods,
  ...budgetApplicationMethods,
  ...budgetAttachmentMethods,
  ...budgetEligibilityMethods,
  ...budgetCommitteeMethods,
  ...budgetMeetingMethods,
  ...budgetMeetingMailMethods,
  ...budgetHomeMethods,
  ...budgetGrantMethods,
  ...budgetDocumentMethods,
  ...budgetReportMethods,
};
