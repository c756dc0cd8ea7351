import { defineModule } from '../../contract/module';
import { activityMethods } from './activities';
import { syncAllSessions } from './sync';
import { attendanceMethods } from './counts';
import { programmeMethods } from './programme';
import { attendanceReportMethods } from './reports';

/** Activities and attendance: activities and their sessions, counts, the tally counter, reach, the programme. */
export const attendance = defineModule({
  name: 'attendance',
  title: 'Activiteiten en bereik: activiteiten, tellingen, bereik, weekprogramma',
  methods: { ...activityMethods, ...attendanceMethods, ...attendanceReportMethods, ...programmeMethods },
  routines: [{ name: 'bijeenkomsten gelijk met boekingen', run: ({ db, clock }) => void syncAllSessions(db, clock) }],
});
