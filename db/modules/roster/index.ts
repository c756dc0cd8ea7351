import { defineModule } from '../../contract/module';
import { coverageMethods } from './coverage';
import { rosterExportMethods } from './exports';
import { volunteerHourMethods } from './hours';
import { shiftMethods } from './shifts';
import { volunteerMethods } from './volunteers';

/** Volunteers and the roster: register, certificates, shifts and assignments, coverage, hours and allowances. */
export const roster = defineModule({
  name: 'roster',
  title: 'Vrijwilligers en rooster: register, certificaten, diensten, dekking, uren',
  methods: {
    ...volunteerMethods,
    ...shiftMethods,
    ...coverageMethods,
    ...volunteerHourMethods,
    ...rosterExportMethods,
  },
});
