import { useTranslation } from 'react-i18next';
import { useMe } from '../session/SessionContext';
import { useFormat } from '../hooks/useFormat';
import { todayIso } from '../format';

/** The top of a printed sheet: the house's name as the heading, what the sheet is, and when it was printed. */
export function PrintHeader({ title }: { title?: string }) {
  const { t } = useTranslation();
  const { buildingName } = useMe();
  const f = useFormat();
  return (
    <header style={{ marginBottom: '5mm' }}>
      <h1 style={{ fontSize: '17pt', margin: 0 }}>{buildingName || t('app.name')}</h1>
      {title && <p style={{ fontSize: '13pt', fontWeight: 600, margin: '1mm 0 0' }}>{title}</p>}
      <p style={{ fontSize: '8.5pt', margin: '1mm 0 0' }}>{t('beheer.printedOn', { date: f.date(todayIso()) })}</p>
    </header>
  );
}
