import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { CsvDownloadButton } from '../../../components/CsvDownloadButton';

/** The report as CSV, one row per application, amounts in euros for the spreadsheet. */
export function ReportCsvButton({ report, fileScope }: { report: Output<'budget.report'>; fileScope: string }) {
  const { t } = useTranslation();
  return (
    <CsvDownloadButton
      label={t('budget.csv')}
      fileName={`lokaal-budget-${fileScope}.csv`}
      headers={[
        t('applications.number'),
        t('applications.round'),
        t('budget.report.scheme'),
        t('applications.applicantType'),
        t('applications.applicant'),
        t('applications.titleLabel'),
        t('applications.wijk'),
        t('applications.priorityGroups'),
        t('applications.statusLabel'),
        t('applications.requested'),
        t('applications.grantedLabel'),
        t('budget.ledger.released'),
        t('budget.ledger.paid'),
        t('applications.spent'),
        t('applications.receivedOn'),
        t('budget.report.decidedOn'),
        t('budget.report.days'),
        t('budget.report.expected'),
        t('budget.report.actual'),
      ]}
      rows={() =>
        report.rows.map((r) => [
          r.number,
          r.roundName,
          r.scheme,
          r.applicantType,
          r.applicantName,
          r.title,
          r.wijk,
          r.priorityGroups,
          r.status,
          r.requestedCents / 100,
          r.grantedCents / 100,
          r.releasedCents / 100,
          r.paidCents / 100,
          r.spentCents === null ? null : r.spentCents / 100,
          r.receivedOn,
          r.decidedOn,
          r.daysToDecision,
          r.expectedReach,
          r.actualReach,
        ])
      }
    />
  );
}
