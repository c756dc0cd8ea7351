import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/useFormat';

/**
 * The top of a printed sheet: the house's name as the heading, what the sheet is, and when it was printed.
 * Takes everything it shows, so the same heading is drawn where no session exists (the PDF of a document).
 */
export function PrintHeading({ house, title, printedOn }: { house: string; title?: string; printedOn: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <header style={{ marginBottom: '5mm' }}>
      <h1 style={{ fontSize: '17pt', margin: 0 }}>{house || t('app.name')}</h1>
      {title && <p style={{ fontSize: '13pt', fontWeight: 600, margin: '1mm 0 0' }}>{title}</p>}
      <p style={{ fontSize: '8.5pt', margin: '1mm 0 0' }}>{t('beheer.printedOn', { date: f.date(printedOn) })}</p>
    </header>
  );
}
