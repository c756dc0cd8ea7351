import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';

/** "betaald op …" or "gepland op …": the same words in the payments table and in the decision letter. */
export function usePaymentDateText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (p: { paidOn: string | null; dueOn: string | null }) =>
    p.paidOn
      ? t('applications.paidOn', { date: f.date(p.paidOn) })
      : p.dueOn
        ? t('applications.dueOn', { date: f.date(p.dueOn) })
        : '';
}
