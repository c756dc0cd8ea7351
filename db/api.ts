import type { MethodTable } from './contract';
import { auditMethods } from './domains/audit';
import { buildingMethods } from './domains/building';
import { roomMethods } from './domains/rooms';
import { settingsMethods } from './domains/settings';
import { systemMethods } from './domains/system';
import { userMethods } from './domains/users';
import { renterMethods } from './domains/renters';
import { tariffMethods } from './domains/tariffs';
import { bookingMethods } from './domains/bookings';
import { bookingExportMethods } from './domains/bookingExports';
import { invoiceMethods } from './domains/invoices';
import { bookingReportMethods } from './domains/bookingReports';
import { logbookMethods } from './domains/logbook';
import { checklistMethods } from './domains/checklists';
import { incidentMethods } from './domains/incidents';
import { defectMethods } from './domains/defects';
import { keyMethods } from './domains/keys';
import { houseInfoMethods } from './domains/houseInfo';
import { dashboardMethods } from './domains/dashboard';
import { volunteerMethods } from './domains/volunteers';
import { shiftMethods } from './domains/shifts';
import { coverageMethods } from './domains/coverage';
import { volunteerHourMethods } from './domains/volunteerHours';
import { rosterExportMethods } from './domains/rosterExports';
import { activityMethods } from './domains/activities';
import { attendanceMethods } from './domains/attendance';
import { attendanceReportMethods } from './domains/attendanceReports';
import { programmeMethods } from './domains/programme';
import { budgetMethods } from './domains/budget';
import { privacyMethods } from './domains/privacy';
import { transferMethods } from './domains/transfer';

/** The whole API: every method with its input schema, roles and handler. Adapters use this and nothing else. */
export const API = {
  ...userMethods,
  ...auditMethods,
  ...settingsMethods,
  ...systemMethods,
  ...buildingMethods,
  ...roomMethods,
  ...renterMethods,
  ...tariffMethods,
  ...bookingMethods,
  ...bookingExportMethods,
  ...invoiceMethods,
  ...bookingReportMethods,
  ...dashboardMethods,
  ...logbookMethods,
  ...checklistMethods,
  ...incidentMethods,
  ...defectMethods,
  ...keyMethods,
  ...houseInfoMethods,
  ...volunteerMethods,
  ...shiftMethods,
  ...coverageMethods,
  ...volunteerHourMethods,
  ...rosterExportMethods,
  ...activityMethods,
  ...attendanceMethods,
  ...attendanceReportMethods,
  ...programmeMethods,
  ...budgetMethods,
  ...privacyMethods,
  ...transferMethods,
} satisfies MethodTable;

export type Api = typeof API;
export type MethodName = keyof Api;
