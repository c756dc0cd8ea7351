import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { InvoiceDetail } from './invoiceTypes';
import classes from '../../../components/A4Letter.module.css';

/** The renter's address lines; a first line that repeats the renter's name is not printed twice. */
function addressLines(renter: InvoiceDetail['renter']): string[] {
  const lines = renter.invoiceAddress
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[0]?.toLowerCase() === renter.name.toLowerCase() ? lines.slice(1) : lines;
}

/** The house as sender, at the top of the letter. */
export function InvoiceLetterhead({
  sender,
  iban,
  place,
}: {
  sender: InvoiceDetail['sender'];
  iban: string;
  place: string;
}) {
  const { t } = useTranslation();
  return (
    <header className={classes.letterhead}>
      <div>
        <p className={classes.houseName}>{sender.name}</p>
        {sender.street && <p>{sender.street}</p>}
        {place && <p>{place}</p>}
      </div>
      <div className={classes.senderContact}>
        {sender.phone && <p>{t('invoices.doc.phone', { phone: sender.phone })}</p>}
        {sender.email && <p>{sender.email}</p>}
        {iban && <p>{t('invoices.doc.iban', { iban })}</p>}
      </div>
    </header>
  );
}

/** The addressee beside the invoice's number, dates and period. */
export function InvoiceParties({ detail: { invoice, renter } }: { detail: InvoiceDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className={classes.parties}>
      <address className={classes.addressee} style={{ fontStyle: 'normal' }}>
        <p>
          <strong>{renter.name}</strong>
        </p>
        {renter.contactPerson && <p>{t('invoices.doc.attention', { name: renter.contactPerson })}</p>}
        {addressLines(renter).map((l, i) => (
          <p key={i}>{l}</p>
        ))}
      </address>
      <div>
        <h2 className={classes.title}>{t('invoices.doc.title')}</h2>
        <dl className={classes.meta}>
          <dt>{t('invoices.number')}</dt>
          <dd>{invoice.number}</dd>
          <dt>{t('invoices.issuedOn')}</dt>
          <dd>{f.date(invoice.issuedOn)}</dd>
          <dt>{t('invoices.dueOn')}</dt>
          <dd>{f.date(invoice.dueOn)}</dd>
          <dt>{t('invoices.period')}</dt>
          <dd>{f.dateRange(invoice.periodFrom, invoice.periodTo)}</dd>
        </dl>
      </div>
    </div>
  );
}
