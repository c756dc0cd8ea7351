import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import type { InvoiceLine } from './invoiceTypes';
import classes from '../../../components/A4Letter.module.css';

/** The price counts set-up and clearing time: the line says which time it bills, so its hours add up. */
function BilledTime({ line }: { line: InvoiceLine }) {
  const { t } = useTranslation();
  const extra = [
    line.setupMinutes ? t('invoices.doc.setup', { minutes: line.setupMinutes }) : '',
    line.teardownMinutes ? t('invoices.doc.teardown', { minutes: line.teardownMinutes }) : '',
  ].filter(Boolean);
  if (!extra.length) return null;
  return (
    <div className={classes.priceNote}>
      {t('invoices.doc.billed', {
        from: formatTime(line.billedFrom),
        to: formatTime(line.billedTo),
        extra: extra.join(` ${t('invoices.doc.and')} `),
      })}
    </div>
  );
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
        {line.priceNote && <div className={classes.priceNote}>{f.priceNote(line.priceNote)}</div>}
        <BilledTime line={line} />
      </td>
      <td className={classes.num}>{t('tariffs.vatPercent', { percent: line.vatPercent })}</td>
      <td className={classes.num}>{f.money(line.amountCents)}</td>
    </tr>
  );
}

/** The invoice's lines on the letter: one per booking, with its VAT rate and amount. */
export function InvoiceLinesTable({ lines }: { lines: InvoiceLine[] }) {
  const { t } = useTranslation();
  return (
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
  );
}
