import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { buildingProfile, type Gebied } from '../../../../../db/modules/building/schemas';
import { useApiForm } from '../../../hooks/useApiForm';
import { useSession } from '../../../session/SessionContext';

export type ProfileValues = Required<Omit<Input<'building.update'>, 'gebied'>> & { gebied: string | null };

/** The building profile as a form; after saving, the saved profile becomes the form's clean state. */
export function useProfileForm(building: Output<'building.get'>, onSaved: () => void) {
  const { t } = useTranslation();
  const { refreshMe } = useSession();
  const { welfareProvider: _, ...initial } = building;
  const apiForm = useApiForm<ProfileValues, Input<'building.update'>, Output<'building.get'>>({
    initialValues: initial,
    schema: buildingProfile,
    toInput: (v) => ({ ...v, gebied: (v.gebied || null) as Gebied | null }),
    submit: (input) => call('building.update', input),
    successMessage: t('building.saved'),
    onSuccess: (saved) => {
      const { welfareProvider: _w, ...values } = saved;
      apiForm.form.setValues(values);
      apiForm.form.resetDirty(values);
      onSaved();
      // The header shows the house's name.
      void refreshMe().catch(() => undefined);
    },
  });
  return apiForm;
}
