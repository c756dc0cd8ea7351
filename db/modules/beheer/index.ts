import { defineModule } from '../../contract/module';
import { checklistMethods } from './checklists';
import { dashboardMethods } from './dashboard';
import { defectMethods } from './defects';
import { houseInfoMethods } from './houseInfo';
import { incidentMethods } from './incidents';
import { keyMethods } from './keys';
import { logbookMethods } from './logbook';

/** Sociaal beheer: Vandaag, logbook, checklists, incidents, defects, keys, house information. */
export const beheer = defineModule({
  name: 'beheer',
  title: 'Sociaal beheer: Vandaag, logboek, checklists, incidenten, storingen, sleutels',
  methods: {
    ...dashboardMethods,
    ...logbookMethods,
    ...checklistMethods,
    ...incidentMethods,
    ...defectMethods,
    ...keyMethods,
    ...houseInfoMethods,
  },
});
