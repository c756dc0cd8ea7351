import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { PrintBar } from '../shared/PrintBar';
import { Letterhead, letterheadFooter } from '../shared/Letterhead';
import classes from '../shared/Document.module.css';

/** The minutes as an A4 document: attendance, quorum, per item declarations, votes, result and decision. */
export function MinutesView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApi('meetings.minutes', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <>
          <div className="screen-only">
            <PageHeader title={t('meetings.doc.minutesTitle', { date: f.dateLong(d.meeting.date) })} />
          </div>
          <PrintBar back={`/vergaderingen/${id}`} backLabel={t('meetings.backToMeeting')} />
          <article className={classes.sheet} aria-label={d.title}>
            <Letterhead head={d.letterhead} />
            <div className={classes.block}>
              <h2>{d.title}</h2>
              {d.draft && (
                <p className={classes.draft}>
                  <strong>{t('meetings.doc.draft')}</strong>
                </p>
              )}
              <p>
                {t('meetings.doc.when', { date: d.meeting.dateText, time: d.meeting.startTime })}
                {d.meeting.location ? `, ${d.meeting.location}` : ''}.
              </p>
            </div>
            <section className={classes.block}>
              <h3>{t('meetings.doc.attendance')}</h3>
              <p>
                <strong>{t('meetings.doc.present')}:</strong>{' '}
                {d.present.map((p) => `${p.name} (${p.role})`).join('; ') || '—'}
              </p>
              {d.absentWithNotice.length > 0 && (
                <p>
                  <strong>{t('meetings.doc.absentWithNotice')}:</strong>{' '}
                  {d.absentWithNotice.map((p) => `${p.name} (${p.role})`).join('; ')}
                </p>
              )}
              {d.absent.length > 0 && (
                <p>
                  <strong>{t('meetings.doc.absent')}:</strong> {d.absent.map((p) => `${p.name} (${p.role})`).join('; ')}
                </p>
              )}
              {d.guests && (
                <p>
                  <strong>{t('meetings.guests')}:</strong> {d.guests}
                </p>
              )}
              {d.chair && (
                <p>
                  {t('meetings.chairIs', { name: d.chair.name })}
                  {d.secretary ? `; ${t('meetings.secretaryIs', { name: d.secretary })}` : ''}.
                </p>
              )}
              <p>{d.quorum.message}</p>
              <p>
                {d.rulesText.quorum} {d.rulesText.majority} {d.rulesText.tieBreak}
              </p>
            </section>
            {d.items.map((item) => (
              <section key={item.number} className={`${classes.item} ${classes.block}`}>
                <h3>
                  {t('meetings.itemNumber', { n: item.position })}: {item.number} {item.title}
                </h3>
                <p>
                  {item.applicantName}, {item.schemeLabel}; {t('applications.requested')} {f.money(item.requestedCents)}
                  {item.proposal ? `; ${t('meetings.doc.proposal')} ${f.money(item.proposal.proposedCents)}` : ''}.
                </p>
                {item.declarations.length > 0 ? (
                  item.declarations.map((d2) => <p key={d2.name}>{d2.text}</p>)
                ) : (
                  <p>{t('meetings.doc.noDeclarations')}</p>
                )}
                <p>{item.quorum.message}</p>
                {item.votes.length > 0 && (
                  <p>
                    <strong>{t('meetings.doc.votes')}:</strong>{' '}
                    {item.votes.map((v) => `${v.name}: ${v.text}`).join('; ')}.
                  </p>
                )}
                <p>{item.resultText}</p>
                {item.tieBreakNote && <p>{item.tieBreakNote}</p>}
                {item.decision && (
                  <>
                    <p>
                      <strong>{t('meetings.decision')}:</strong> {item.decision.outcomeLabel}
                      {item.decision.grantedCents > 0 ? `, ${f.money(item.decision.grantedCents)}` : ''}.
                    </p>
                    {item.decision.conditions.length > 0 && (
                      <>
                        <p>{t('meetings.conditions')}:</p>
                        <ul className={classes.list}>
                          {item.decision.conditions.map((c) => (
                            <li key={c}>{c}</li>
                          ))}
                        </ul>
                      </>
                    )}
                    <p>
                      <strong>{t('meetings.motivation')}:</strong> {item.decision.motivation}
                    </p>
                  </>
                )}
              </section>
            ))}
            <section className={classes.block}>
              <h3>{t('meetings.doc.summary')}</h3>
              <p>
                {t('meetings.doc.summaryText', {
                  items: d.summary.items,
                  decided: d.summary.decided,
                  granted: d.summary.granted,
                  rejected: d.summary.rejected,
                  deferred: d.summary.deferred,
                  amount: f.money(d.summary.grantedCents),
                })}
              </p>
              {d.ledgers.map((l) => (
                <p key={l.roundId}>
                  {t('meetings.doc.ledgerLine', {
                    round: l.roundName,
                    ceiling: f.money(l.ledger.ceilingCents),
                    granted: f.money(l.ledger.grantedCents),
                    remaining: f.money(l.ledger.remainingCents),
                  })}
                </p>
              ))}
            </section>
            <div className={classes.signatures}>
              {d.chair && (
                <div>
                  <div className={classes.signLine} />
                  <p>{d.chair.name}</p>
                  <p>{t('committee.chair')}</p>
                </div>
              )}
              {d.secretary && (
                <div>
                  <div className={classes.signLine} />
                  <p>{d.secretary}</p>
                  <p>{t('committee.secretary')}</p>
                </div>
              )}
            </div>
            <footer className={classes.footer}>{letterheadFooter(d.letterhead)}</footer>
          </article>
        </>
      )}
    </QueryState>
  );
}
