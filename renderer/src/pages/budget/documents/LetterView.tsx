import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { DocumentSheet, Signature } from '../shared/DocumentSheet';
import classes from '../shared/Document.module.css';
import { LetterBody, PaymentSchedule } from './LetterBody';

type Letter = Output<'applications.letter'>;

/** The decision letter on the house's letterhead: granted, partly granted, rejected, deferred or not admissible. */
export function LetterView({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useApi('applications.letter', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <DocumentSheet
          pageTitle={t('applications.letterTitle', { number: d.reference })}
          back={`/aanvragen/${id}`}
          backLabel={t('applications.backToApplication')}
          label={d.subject}
          letterhead={d.letterhead}
        >
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
        </DocumentSheet>
      )}
    </QueryState>
  );
}

/** To whom (in the window of the envelope) and, beside it, the date and reference. */
function LetterParties({ letter: d }: { letter: Letter }) {
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
