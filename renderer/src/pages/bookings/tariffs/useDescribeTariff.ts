import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { Tariff } from './tariffForm';

/** A rate named by category, room and start date, for labels and questions where the table row is not in sight. */
export function useDescribeTariff() {
  const { t } = useTranslation();
  const f = useFormat();
  return (x: Tariff) =>
    t('tariffs.describe', {
      category: x.categoryName,
      room: x.roomName ?? t('tariffs.allRooms'),
      date: f.date(x.validFrom),
    });
}
