import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { BudgetSheet, Signature } from '../shared/BudgetSheet';
import classes from '../shared/Document.module.css';
import { LetterBody, PaymentSchedule } from './LetterBody';

export type LetterData = Output<'applications.letter'>;

/** The decision letter on the house's letterhead: granted, partly granted, rejected, deferred or not admissible. */
export function DecisionLetter({ letter: d }: { letter: LetterData }) {
  const { t } = useTranslation();
  return (
    <BudgetSheet label={d.subject} letterhead={d.letterhead}>
      <LetterParties letter={d} />
      <p>
        <strong>
          {t('applications.subject')}: {d.subject}
        </strong>
      </p>
      <LetterBody letter={d} />
      {d.payments.length > 0 && <PaymentSchedule payments={d.payments} />}
      {/* The greeting and the signatures stay together on one page, never split over two. */}
      <div className={classes.block}>
        <p>{d.closing}</p>
        <div className={classes.signatures}>
          {d.signatures.map((s) => (
            <Signature key={s.name + s.role} name={s.name} role={s.role} />
          ))}
        </div>
      </div>
    </BudgetSheet>
  );
}

/** To whom (in the window of the envelope) and, beside it, the date and reference. */
function LetterParties({ letter: d }: { letter: LetterData }) {
  const { t } = useTranslation();
  return (
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
  );
}
