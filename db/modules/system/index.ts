import { defineModule } from '../../contract/module';
import { auditMethods } from './audit';
import { settingsMethods } from './settings';
import { systemMethods } from './system';

/** System: settings, the audit log, backups and restore, the recovery state, system information. */
export const system = defineModule({
  name: 'system',
  title: 'Systeem: instellingen, auditlog, back-ups, herstel',
  methods: { ...auditMethods, ...settingsMethods, ...systemMethods },
});
