import { defineModule } from '../../contract/module';
import { coverageMethods } from './coverage';
import { rosterExportMethods } from './exports';
import { volunteerHourMethods } from './hours';
import { shiftMethods } from './shifts';
import { volunteerMethods } from './volunteers';
import { roleMethods } from './roles';
import { certificateMethods } from './certificateMethods';
import { absenceMethods } from './absences';
import { templateMethods } from './templates';
import { assignmentMethods } from './assignments';
import { comingShiftMethods } from './comingShifts';
import { runVolunteerMail } from './mailNotices';

/** Volunteers and the roster: register, certificates, shifts and assignments, coverage, hours and allowances. */
export const roster = defineModule({
  name: 'roster',
  title: 'Vrijwilligers en rooster: register, certificaten, diensten, dekking, uren',
  methods: {
    ...volunteerMethods,
    ...roleMethods,
    ...certificateMethods,
    ...absenceMethods,
    ...templateMethods,
    ...shiftMethods,
    ...assignmentMethods,
    ...comingShiftMethods,
    ...coverageMethods,
    ...volunteerHourMethods,
    ...rosterExportMethods,
  },
  routines: [{ name: 'herinneringen aan vrijwilligers', run: ({ db, clock }) => runVolunteerMail(db, clock) }],
});
