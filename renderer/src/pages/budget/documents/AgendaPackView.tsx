import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { PrintBar } from '../shared/PrintBar';
import { Letterhead, letterheadFooter } from '../shared/Letterhead';
import classes from '../shared/Document.module.css';

/** The agenda pack: the agenda, then per item the application as the committee reads it beforehand. */
export function AgendaPackView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApi('meetings.agendaPack', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <>
          <div className="screen-only">
            <PageHeader title={t('meetings.doc.packTitle', { date: f.dateLong(d.meeting.date) })} />
          </div>
          <PrintBar back={`/vergaderingen/${id}`} backLabel={t('meetings.backToMeeting')} />
          <article className={classes.sheet} aria-label={d.title}>
            <Letterhead head={d.letterhead} />
            <section className={classes.block}>
              <h2>{d.title}</h2>
              <p>
                {t('meetings.doc.when', { date: d.meeting.dateText, time: d.meeting.startTime })}
                {d.meeting.location ? `, ${d.meeting.location}` : ''}.
              </p>
              <p>
                <strong>{t('meetings.doc.members')}:</strong> {d.members.map((m) => `${m.name} (${m.role})`).join('; ')}
              </p>
              <p>
                {d.rulesText.quorum} {d.rulesText.majority} {d.rulesText.tieBreak}
              </p>
              <h3>{t('meetings.agenda')}</h3>
              <ul className={classes.list} style={{ listStyle: 'none', paddingLeft: 0 }}>
                {d.agenda.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {d.ledgers.map((l) => (
                <p key={l.roundId}>
                  {t('meetings.doc.ledgerPack', {
                    round: l.roundName,
                    remaining: f.money(l.ledger.remainingCents),
                    requested: f.money(l.requestedOnAgendaCents),
                  })}
                </p>
              ))}
            </section>
            {d.items.map((item) => {
              const a = item.application;
              return (
                <section key={a.id} className={classes.item}>
                  <h3>
                    {t('meetings.itemNumber', { n: item.position })}: {a.number} {a.title}
                  </h3>
                  <p>
                    {a.applicantName} ({a.applicantTypeLabel}), {a.wijk} · {a.schemeLabel}, {a.roundName} ·{' '}
                    {t('applications.requested')} {f.money(a.requestedCents)}
                  </p>
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
                  {a.funding.length > 0 && (
                    <p>
                      <strong>{t('applications.funding')}:</strong>{' '}
                      {a.funding.map((x) => `${x.source} ${f.money(x.amountCents)}`).join('; ')}
                    </p>
                  )}
                  {a.partners.length > 0 && (
                    <p>
                      <strong>{t('applications.partners')}:</strong>{' '}
                      {a.partners.map((p) => `${p.name}: ${p.role}`).join('; ')}
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
            })}
            <footer className={classes.footer}>{letterheadFooter(d.letterhead)}</footer>
          </article>
        </>
      )}
    </QueryState>
  );
}
