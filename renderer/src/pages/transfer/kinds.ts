import type { ImportKind } from '../../../../db/schemas/transfer';

/** Where the imported records can be seen afterwards. */
export const LIST_PATH: Record<ImportKind, string> = {
  volunteers: '/vrijwilligers',
  renters: '/huurders',
  rooms: '/ruimtes',
  committee: '/commissie',
};
