import type { ImportKind } from '../../../../db/modules/transfer/schemas';

/** Where the imported records can be seen afterwards. */
export const LIST_PATH: Record<ImportKind, string> = {
  volunteers: '/vrijwilligers',
  renters: '/huurders',
  rooms: '/ruimtes',
  committee: '/commissie',
};
