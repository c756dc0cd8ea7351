import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import classes from '../shared/Document.module.css';
import { usePaymentDateText } from '../shared/paymentDate';

type Letter = Output<'applications.letter'>;

const PAYMENT_KIND: Record<string, string> = {
  voorschot: 'applications.payKind.voorschot',
  betaling: 'applications.payKind.betaling',
  terugbetaling: 'applications.payKind.terugbetaling',
};

/**
 * The salutation and the core's paragraphs. The lists hang under the paragraph that announces them: the
 * failed criteria under the second, the conditions under the one that names them.
 */
export function LetterBody({ letter: d }: { letter: Letter }) {
  return (
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
  );
}

export function PaymentSchedule({ payments }: { payments: Letter['payments'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const paymentDate = usePaymentDateText();
  return (
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
        {payments.map((p, i) => (
          <tr key={i}>
            <td>{t(PAYMENT_KIND[p.kind] as 'applications.payKind.voorschot')}</td>
            <td>{paymentDate(p)}</td>
            <td className={classes.num}>{f.money(p.amountCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
