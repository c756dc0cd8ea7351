import type { RecordType } from './schemas';
import type { RecordDef } from './recordDef';
import { activity, booking, defect, incident, keyHandout, logbook } from './mentionRecords';
import { application, committeeMember, partner, renter, user, volunteer } from './peopleRecords';

/** Every place with personal data, in the order the results are shown. */
export const RECORD_DEFS: RecordDef[] = [
  volunteer,
  renter,
  application,
  partner,
  committeeMember,
  user,
  keyHandout,
  booking,
  activity,
  incident,
  logbook,
  defect,
];

export function recordDef(type: RecordType): RecordDef {
  return RECORD_DEFS.find((d) => d.type === type)!;
}
