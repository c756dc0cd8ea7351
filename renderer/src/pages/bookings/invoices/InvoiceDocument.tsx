import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { InvoiceLetterhead, InvoiceParties } from './InvoiceParties';
import { InvoiceTotals } from './InvoiceTotals';
import { formatIban, vatStatement, type InvoiceDetail } from './invoiceTypes';
import classes from '../../../components/A4Letter.module.css';

/** The invoice as an A4 letter from the house: letterhead, addressee, details, lines, totals, how to pay. */
export function InvoiceDocument({ detail }: { detail: InvoiceDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { invoice, lines, sender } = detail;
  const iban = formatIban(sender.iban);
  const place = [sender.postcode, sender.city].filter(Boolean).join('  ');
  const footer = [
    sender.name,
    sender.street,
    place,
    sender.phone,
    sender.email,
    iban && `IBAN ${iban}`,
    sender.kvkNumber && t('invoices.doc.kvk', { number: sender.kvkNumber }),
    sender.vatNumber && t('invoices.doc.vatId', { number: sender.vatNumber }),
  ]
    .filter(Boolean)
    .join(' · ');
  const vat = vatStatement(lines, invoice.vatCents);

  return (
    <article className={classes.sheet} aria-label={t('invoices.documentLabel', { number: invoice.number })}>
      <InvoiceLetterhead sender={sender} iban={iban} place={place} />
      <InvoiceParties detail={detail} />

      {invoice.status === 'betaald' && invoice.paidOn && (
        <div className={`${classes.stamp} ${classes.paid}`}>
          {t('invoices.paidOn', { date: f.date(invoice.paidOn) })}
        </div>
      )}
      {invoice.status === 'vervallen' && (
        <div className={`${classes.stamp} ${classes.void}`}>{t('invoices.doc.void')}</div>
      )}

      <InvoiceLinesTable lines={lines} />

      <InvoiceTotals
        className={classes.totals}
        lines={lines}
        subtotalCents={invoice.subtotalCents}
        vatCents={invoice.vatCents}
        totalCents={invoice.totalCents}
      />

      {invoice.status !== 'vervallen' && (
        <p className={classes.payment}>
          {iban
            ? t('invoices.doc.payTo', {
                total: f.money(invoice.totalCents),
                due: f.date(invoice.dueOn),
                iban,
                name: sender.name,
                number: invoice.number,
              })
            : t('invoices.doc.payNoIban', {
                total: f.money(invoice.totalCents),
                due: f.date(invoice.dueOn),
                number: invoice.number,
              })}
        </p>
      )}
      {vat && <p className={classes.note}>{t(vat)}</p>}
      {sender.note && <p className={classes.note}>{sender.note}</p>}
      <footer className={classes.footer}>{footer}</footer>
    </article>
  );
}
