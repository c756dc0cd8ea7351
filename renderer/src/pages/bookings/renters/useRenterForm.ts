import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { renterInput } from '../../../../../db/modules/bookings/schemas';
import { useApiForm } from '../../../hooks/useApiForm';
import { emptyRenter, toRenterInput, valuesOf, type Renter, type RenterValues } from './renterForm';

/** The form of a new renter (renter undefined) or of an existing one; closes after a save. */
export function useRenterForm(
  renter: Renter | undefined,
  onSaved: () => void,
  onClose: () => void,
  /** What is saved with the renter, once its id is known (the mail choices). */
  afterSave: (id: number) => Promise<void> = async () => {},
) {
  const { t } = useTranslation();
  return useApiForm<RenterValues, ReturnType<typeof toRenterInput>>({
    initialValues: renter ? valuesOf(renter) : emptyRenter(),
    schema: renterInput,
    toInput: toRenterInput,
    submit: async (input) => {
      const saved = renter
        ? await call('renters.update', { id: renter.id, ...input })
        : await call('renters.create', input);
      await afterSave(saved.id);
      return saved;
    },
    // The schema only knows "a valid item"; say which choice is missing.
    check: (v) => (v.tariffCategoryId ? {} : { tariffCategoryId: t('renters.categoryRequired') }),
    successMessage: renter ? t('renters.updated') : t('renters.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
}
