import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { backupName } from '../../../../../db/modules/system/schemas';
import { loginInput } from '../../../../../db/modules/accounts/schemas';
import { useApiForm } from '../../../hooks/useApiForm';
import { notifySuccess } from '../../../notify';

/** The same input as recovery.restore: a backup from the list and a beheerder of that backup. */
const restoreSchema = loginInput.extend({ name: backupName });
export type RestoreValues = { name: string; username: string; password: string };

export function useRestoreForm(onRestored: () => void) {
  const { t } = useTranslation();
  return useApiForm<RestoreValues, RestoreValues, Output<'recovery.restore'>>({
    initialValues: { name: '', username: '', password: '' },
    schema: restoreSchema,
    submit: (input) => call('recovery.restore', input),
    onSuccess: (r) => {
      notifySuccess(t('recovery.restoredText', { file: r.brokenCopy }), {
        title: t('recovery.restoredTitle', { name: r.buildingName }),
        autoClose: 20_000,
      });
      onRestored();
    },
  });
}
