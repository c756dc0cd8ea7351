import {
  IconAddressBook,
  IconChartBar,
  IconClipboardList,
  IconDeviceTv,
  IconFileInvoice,
  IconReceipt2,
} from '@tabler/icons-react';
import type { Role } from '../../../../db/contract/fields';
import type { ModuleDef } from '../../shell/modules';
import { DaySheetPage } from './daysheet/DaySheetPage';
import { RentersPage } from './renters/RentersPage';
import { TariffsPage } from './tariffs/TariffsPage';
import { InvoicesPage } from './invoices/InvoicesPage';
import { ReportsPage } from './reports/ReportsPage';
import { FoyerPage } from './foyer/FoyerPage';

// The same roles as the core's methods behind each screen (bookings.day, renters.list, invoices.*, reports.occupancy).
const DESK: readonly Role[] = ['beheerder', 'coordinator', 'balie'];
const READERS: readonly Role[] = ['beheerder', 'coordinator'];
const BEHEERDER: readonly Role[] = ['beheerder'];

/** The renting screens, registered in the shell's module list in one place. */
export const RENTAL_MODULES: ModuleDef[] = [
  { path: '/dagoverzicht', label: 'daySheet', icon: IconClipboardList, roles: DESK, element: <DaySheetPage /> },
  { path: '/huurders', label: 'renters', icon: IconAddressBook, roles: READERS, element: <RentersPage /> },
  { path: '/tarieven', label: 'tariffs', icon: IconReceipt2, roles: READERS, element: <TariffsPage /> },
  {
    path: '/facturen',
    route: '/facturen/:id?',
    label: 'invoices',
    icon: IconFileInvoice,
    roles: BEHEERDER,
    element: <InvoicesPage />,
  },
  { path: '/rapportages', label: 'reports', icon: IconChartBar, roles: READERS, element: <ReportsPage /> },
  { path: '/foyer', label: 'foyer', icon: IconDeviceTv, roles: DESK, element: <FoyerPage /> },
];
