import { budgetRoundMethods } from './budgetRounds';
import { budgetApplicationMethods } from './budgetApplications';
import { budgetEligibilityMethods } from './budgetEligibility';
import { budgetCommitteeMethods } from './budgetCommittee';
import { budgetMeetingMethods } from './budgetMeetings';
import { budgetGrantMethods } from './budgetGrants';
import { budgetDocumentMethods } from './budgetDocuments';
import { budgetReportMethods } from './budgetReports';

/**
 * Lokaal Budget and Right to Cooperate: year budgets and rounds with their ledger, applications,
 * the eligibility checklist, the committee, meetings with votes and decisions, payments and
 * accountability, documents and reports. One spread in db/api.ts.
 */
export const budgetMethods = {
  ...budgetRoundMethods,
  ...budgetApplicationMethods,
  ...budgetEligibilityMethods,
  ...budgetCommitteeMethods,
  ...budgetMeetingMethods,
  ...budgetGrantMethods,
  ...budgetDocumentMethods,
  ...budgetReportMethods,
};
