import { useApi } from '../../../hooks/useApi';
import { todayIso } from '../../../format';
import { validityOf } from './tariffForm';

/** Categories and rates together (one error, one reload for both), and the rooms a rate may be for. */
export function useTariffsData(canEdit: boolean) {
  const categories = useApi('tariffs.categories', {});
  const tariffs = useApi('tariffs.list', {});
  const rooms = useApi('rooms.list', { includeArchived: true }, { enabled: canEdit });
  const reload = () => {
    categories.reload();
    tariffs.reload();
  };
  const error = categories.error ?? tariffs.error;
  const validity = validityOf(tariffs.data ?? [], todayIso());
  return { categories, tariffs, rooms, reload, error, validity };
}
