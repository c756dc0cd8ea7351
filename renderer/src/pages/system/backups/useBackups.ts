import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import { useSession } from '../../../session/SessionContext';

type Restored = Output<'backups.restore'>;

/**
 * The backups and the system's state, making a backup, and what follows a restore from either source. `alert`: a
 * refused backup, for the page to show under its button.
 */
export function useBackups() {
  const { t } = useTranslation();
  const { reloadAll } = useSession();
  const backups = useApi('backups.list', {});
  const info = useApi('system.info', {});
  const { busy, run, alert } = useAction();

  const restored = (r: Restored) => {
    notifySuccess(t('backups.safetyCopy', { name: r.safetyCopy }), {
      title: t('backups.restored', { name: r.buildingName }),
      autoClose: 10_000,
    });
    // Everything on screen came from the old database; the signed-in account may not even exist in the restored one.
    void reloadAll();
  };

  const create = () =>
    run(
      'create',
      async () => {
        try {
          return await call('backups.create');
        } finally {
          // A failure is shown on the page until a backup succeeds; a success clears it.
          backups.reload();
          info.reload();
        }
      },
      t('backups.created'),
    );

  return { backups, info, creating: busy === 'create', create, restored, alert };
}
