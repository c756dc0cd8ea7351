import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { InvoiceTotals } from './InvoiceTotals';
import { formatIban, type InvoiceDetail, type InvoiceLine } from './invoiceTypes';
import classes from '../../../components/A4Letter.module.css';

/** The renter's address lines; a first line that repeats the renter's name is not printed twice. */
function addressLines(renter: InvoiceDetail['renter']): string[] {
  const lines = renter.invoiceAddress
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[0]?.toLowerCase() === renter.name.toLowerCase() ? lines.slice(1) : lines;
}

function Line({ line }: { line: InvoiceLine }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <tr>
      <td className={classes.nowrap}>{f.date(line.date)}</td>
      <td className={classes.nowrap}>
        {formatTime(line.startTime)}–{formatTime(line.endTime)}
      </td>
      <td>{line.rooms}</td>
      <td>
        {line.title}
        {line.priceNote && <div className={classes.priceNote}>{line.priceNote}</div>}
      </td>
      <td className={classes.num}>{t('tariffs.vatPercent', { percent: line.vatPercent })}</td>
      <td className={classes.num}>{f.money(line.amountCents)}</td>
    </tr>
  );
}

/** The invoice as an A4 letter from the house: letterhead, addressee, details, lines, totals, how to pay. */
export function InvoiceDocument({ detail }: { detail: InvoiceDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { invoice, lines, renter, sender } = detail;
  const iban = formatIban(sender.iban);
  const place = [sender.postcode, sender.city].filter(Boolean).join('  ');
  const footer = [sender.name, sender.street, place, sender.phone, sender.email, iban && `IBAN ${iban}`]
    .filter(Boolean)
    .join(' · ');

  return (
    <article className={classes.sheet} aria-label={t('invoices.documentLabel', { number: invoice.number })}>
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

      {invoice.status === 'betaald' && invoice.paidOn && (
        <div className={`${classes.stamp} ${classes.paid}`}>
          {t('invoices.paidOn', { date: f.date(invoice.paidOn) })}
        </div>
      )}
      {invoice.status === 'vervallen' && (
        <div className={`${classes.stamp} ${classes.void}`}>{t('invoices.doc.void')}</div>
      )}

      <table className={classes.lines} aria-label={t('invoices.doc.linesLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('invoices.doc.date')}</th>
            <th scope="col">{t('invoices.doc.time')}</th>
            <th scope="col">{t('invoices.doc.room')}</th>
            <th scope="col">{t('invoices.description')}</th>
            <th scope="col" className={classes.num}>
              {t('invoices.vat')}
            </th>
            <th scope="col" className={classes.num}>
              {t('invoices.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <Line key={`${l.date}-${l.startTime}-${i}`} line={l} />
          ))}
          {lines.length === 0 && (
            <tr>
              <td colSpan={6}>{t('invoices.doc.noLines')}</td>
            </tr>
          )}
        </tbody>
      </table>

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
      {sender.note && <p className={classes.note}>{sender.note}</p>}
      <footer className={classes.footer}>{footer}</footer>
    </article>
  );
}
