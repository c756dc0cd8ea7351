import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { tariffInput } from '../../../../../db/modules/bookings/schemas';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';
import { TARIFF_ALIASES, emptyTariff, toTariffInput, valuesOf, type Tariff, type TariffValues } from './tariffForm';

/** The form of a new rate (from today, in `categoryId` when given) or of an existing one; closes after a save. */
export function useTariffForm(
  tariff: Tariff | undefined,
  categoryId: number | null,
  onSaved: () => void,
  onClose: () => void,
) {
  const { t } = useTranslation();
  return useApiForm<TariffValues, ReturnType<typeof toTariffInput>>({
    initialValues: tariff ? valuesOf(tariff) : emptyTariff(todayIso(), categoryId),
    schema: tariffInput,
    toInput: toTariffInput,
    aliases: TARIFF_ALIASES,
    check: (v) => (v.categoryId ? {} : { categoryId: t('tariffs.categoryRequired') }),
    submit: (input) => (tariff ? call('tariffs.update', { id: tariff.id, ...input }) : call('tariffs.create', input)),
    successMessage: tariff ? t('tariffs.tariffUpdated') : t('tariffs.tariffCreated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
}
