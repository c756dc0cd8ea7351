import { IconFileImport } from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { TransferPage } from './TransferPage';

// The coördinator imports volunteers (the register is theirs: volunteers.create allows them);
// every other kind and the full export are for the beheerder. The core checks the same per method.
const IMPORTERS: readonly Role[] = ['beheerder', 'coordinator'];

/** Import of lists from CSV/XLSX and the full export of the database. */
export const TRANSFER_MODULES: ModuleDef[] = [
  { path: '/import-export', label: 'transfer', icon: IconFileImport, roles: IMPORTERS, element: <TransferPage /> },
];
