import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import classes from '../shared/Document.module.css';

type PackItem = Output<'meetings.agendaPack'>['items'][number];
type PackApplication = PackItem['application'];

/** One agenda item as the committee reads it beforehand: the application, its costs, partners and the proposal. */
export function AgendaPackItem({ item }: { item: PackItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const a = item.application;
  return (
    <section className={classes.item}>
      <h3>
        {t('meetings.itemNumber', { n: item.position })}: {a.number} {a.title}
      </h3>
      <p>
        {a.applicantName} ({a.applicantTypeLabel}), {a.wijk} · {a.schemeLabel}, {a.roundName} ·{' '}
        {t('applications.requested')} {f.money(a.requestedCents)}
      </p>
      <ApplicationTexts application={a} />
      <PackCostTable application={a} />
      {a.funding.length > 0 && (
        <p>
          <strong>{t('applications.funding')}:</strong>{' '}
          {a.funding.map((x) => `${x.source} ${f.money(x.amountCents)}`).join('; ')}
        </p>
      )}
      {a.partners.length > 0 && (
        <p>
          <strong>{t('applications.partners')}:</strong> {a.partners.map((p) => `${p.name}: ${p.role}`).join('; ')}
        </p>
      )}
      {a.earlierDeferrals.map((x) => (
        <p key={x.meetingDate}>
          {t('meetings.doc.deferredEarlier', { date: f.date(x.meetingDate), motivation: x.motivation })}
        </p>
      ))}
      {item.proposal && (
        <p>
          <strong>{t('meetings.doc.proposal')}:</strong> {f.money(item.proposal.proposedCents)}{' '}
          {item.proposal.conditions}
        </p>
      )}
    </section>
  );
}

/** Description, goals, contribution and priority groups; a part the applicant left empty is left out. */
function ApplicationTexts({ application: a }: { application: PackApplication }) {
  const { t } = useTranslation();
  return (
    <>
      {a.description && (
        <p>
          <strong>{t('applications.description')}:</strong> {a.description}
        </p>
      )}
      {a.goals && (
        <p>
          <strong>{t('applications.goals')}:</strong> {a.goals}
        </p>
      )}
      {a.contribution && (
        <p>
          <strong>{t('applications.contribution')}:</strong> {a.contribution}
        </p>
      )}
      {a.priorityGroupLabels.length > 0 && (
        <p>
          <strong>{t('applications.priorityGroups')}:</strong> {a.priorityGroupLabels.join(', ')}
        </p>
      )}
    </>
  );
}

function PackCostTable({ application: a }: { application: PackApplication }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <table className={classes.lines}>
      <thead>
        <tr>
          <th scope="col">{t('applications.costLine')}</th>
          <th scope="col" className={classes.num}>
            {t('applications.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {a.costLines.map((c) => (
          <tr key={c.id}>
            <td>
              {c.description}
              {c.reimbursable ? '' : ` (${t('applications.notReimbursable')})`}
            </td>
            <td className={classes.num}>{f.money(c.amountCents)}</td>
          </tr>
        ))}
        <tr>
          <td>
            <strong>{t('applications.totalCosts')}</strong>
          </td>
          <td className={classes.num}>
            <strong>{f.money(a.totals.costsCents)}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
