import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../db/modules/transfer/schemas';

/** "1 vrijwilliger", "3 vrijwilligers": the kind's word for a count. */
export function useNoun() {
  const { t } = useTranslation();
  return (kind: ImportKind, count: number) =>
    count === 1 ? t(`transfer.kindOne.${kind}`) : t(`transfer.kinds.${kind}`).toLowerCase();
}
