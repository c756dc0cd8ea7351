import { defineModule } from '../../contract/module';
import { bookingMethods } from './methods';
import { releaseExpiredOptions } from './options';
import { remindExpiringOptions } from './mail';
import { bookingExportMethods } from './exports';
import { invoiceMethods } from './invoices';
import { invoicePdfMethods } from './invoicePdf';
import { bookingReportMethods } from './reports';
import { renterMethods } from './renters';
import { tariffMethods } from './tariffs';

/** Bookings and rental: renters, tariffs, bookings with their checks, day sheet, invoices, reports, iCal. */
export const bookings = defineModule({
  name: 'bookings',
  title: 'Boekingen en verhuur: huurders, tarieven, boekingen, facturen, rapportages',
  methods: {
    ...renterMethods,
    ...tariffMethods,
    ...bookingMethods,
    ...bookingExportMethods,
    ...invoiceMethods,
    ...invoicePdfMethods,
    ...bookingReportMethods,
  },
  routines: [
    { name: 'verlopen opties vrijgeven', run: ({ db, clock }) => void releaseExpiredOptions(db, clock) },
    { name: 'herinneren aan opties die verlopen', run: ({ db, clock }) => void remindExpiringOptions(db, clock) },
  ],
});
