import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { PrintBar } from '../shared/PrintBar';
import { Letterhead, letterheadFooter } from '../shared/Letterhead';
import classes from '../shared/Document.module.css';

const PAYMENT_KIND: Record<string, string> = {
  voorschot: 'applications.payKind.voorschot',
  betaling: 'applications.payKind.betaling',
  terugbetaling: 'applications.payKind.terugbetaling',
};

/** The decision letter on the house's letterhead: granted, partly granted, rejected, deferred or not admissible. */
export function LetterView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApi('applications.letter', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <>
          <div className="screen-only">
            <PageHeader title={t('applications.letterTitle', { number: d.reference })} />
          </div>
          <PrintBar back={`/aanvragen/${id}`} backLabel={t('applications.backToApplication')} />
          <article className={classes.sheet} aria-label={d.subject}>
            <Letterhead head={d.letterhead} />
            <div className={classes.parties}>
              <address className={classes.addressee} style={{ fontStyle: 'normal' }}>
                <p>
                  <strong>{d.addressee.name}</strong>
                </p>
                {d.addressee.attention && d.addressee.attention !== d.addressee.name && (
                  <p>{t('applications.attention', { name: d.addressee.attention })}</p>
                )}
                {d.addressee.addressLines.map((l) => (
                  <p key={l}>{l}</p>
                ))}
                {d.addressee.addressLines.length === 0 && d.addressee.email && <p>{d.addressee.email}</p>}
              </address>
              <dl className={classes.meta}>
                <dt>{t('applications.date')}</dt>
                <dd>{d.dateText}</dd>
                <dt>{t('applications.reference')}</dt>
                <dd>{d.reference}</dd>
              </dl>
            </div>
            <p>
              <strong>
                {t('applications.subject')}: {d.subject}
              </strong>
            </p>
            <div>
              <p>{d.salutation}</p>
              {d.paragraphs.map((p, i) => (
                <div key={i}>
                  <p>{p}</p>
                  {i === 1 && d.failedCriteria.length > 0 && (
                    <ul className={classes.list}>
                      {d.failedCriteria.map((c) => (
                        <li key={c.label}>
                          {c.label}
                          {c.note ? `: ${c.note}` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                  {p.startsWith('Aan de bijdrage zijn') && d.decision && (
                    <ul className={classes.list}>
                      {d.decision.conditions.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
            {d.payments.length > 0 && (
              <table className={classes.lines} aria-label={t('applications.paymentSchedule')}>
                <thead>
                  <tr>
                    <th scope="col">{t('applications.paymentKind')}</th>
                    <th scope="col">{t('applications.date')}</th>
                    <th scope="col" className={classes.num}>
                      {t('applications.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.payments.map((p, i) => (
                    <tr key={i}>
                      <td>{t(PAYMENT_KIND[p.kind] as 'applications.payKind.voorschot')}</td>
                      <td>
                        {p.paidOn
                          ? t('applications.paidOn', { date: f.date(p.paidOn) })
                          : p.dueOn
                            ? t('applications.dueOn', { date: f.date(p.dueOn) })
                            : ''}
                      </td>
                      <td className={classes.num}>{f.money(p.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div>
              <p>{d.closing}</p>
              <div className={classes.signatures}>
                {d.signatures.map((s) => (
                  <div key={s.name + s.role}>
                    <div className={classes.signLine} />
                    <p>{s.name}</p>
                    <p>{s.role}</p>
                  </div>
                ))}
              </div>
            </div>
            <footer className={classes.footer}>{letterheadFooter(d.letterhead)}</footer>
          </article>
        </>
      )}
    </QueryState>
  );
}
