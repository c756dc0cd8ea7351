import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { renterInput } from '../../../../../db/modules/bookings/schemas';
import { useApiForm } from '../../../hooks/useApiForm';
import { emptyRenter, toRenterInput, valuesOf, type Renter, type RenterValues } from './renterForm';

/** The form of a new renter (renter undefined) or of an existing one; closes after a save. */
export function useRenterForm(renter: Renter | undefined, onSaved: () => void, onClose: () => void) {
  const { t } = useTranslation();
  return useApiForm<RenterValues, ReturnType<typeof toRenterInput>>({
    initialValues: renter ? valuesOf(renter) : emptyRenter(),
    schema: renterInput,
    toInput: toRenterInput,
    submit: (input) => (renter ? call('renters.update', { id: renter.id, ...input }) : call('renters.create', input)),
    // The schema only knows "a valid item"; say which choice is missing.
    check: (v) => (v.tariffCategoryId ? {} : { tariffCategoryId: t('renters.categoryRequired') }),
    successMessage: renter ? t('renters.updated') : t('renters.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
}
