import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { localDateTime, type Clock } from '../../platform/clock';
import { COORDINATION } from './access';

/**
 * The shifts a volunteer is still planned on from now on (issue 18, point 9): a coördinator who puts someone on
 * pauze or stops them must see these, or the roster silently keeps counting on a person who will not come.
 */
export interface ComingShift {
  assignmentId: number;
  shiftId: number;
  title: string;
  date: string;
  start: string;
  end: string;
  roleName: string;
}

export function comingShifts(db: Db, volunteerId: number, clock: Clock): ComingShift[] {
  return db
    .prepare(
      `SELECT a.id AS assignmentId, s.id AS shiftId, s.title, s.date, s.start, s.end, r.name AS roleName
       FROM assignments a JOIN shifts s ON s.id = a.shift_id JOIN volunteer_roles r ON r.id = a.role_id
       WHERE a.volunteer_id = ? AND a.status <> 'afgemeld' AND s.cancelled = 0 AND s.start >= ?
       ORDER BY s.start`,
    )
    .all(volunteerId, localDateTime(clock.now()).slice(0, 16)) as ComingShift[];
}

/** Signs the volunteer off every coming shift; the shifts then show their open place in the roster. */
export function signOffComingShifts(db: Db, volunteerId: number, clock: Clock): ComingShift[] {
  const shifts = comingShifts(db, volunteerId, clock);
  const signOff = db.prepare("UPDATE assignments SET status = 'afgemeld' WHERE id = ?");
  for (const s of shifts) signOff.run(s.assignmentId);
  return shifts;
}

export const comingShiftMethods = {
  'volunteers.comingShifts': method({
    description:
      'De diensten waarop een vrijwilliger vanaf nu nog is ingepland of op de wachtlijst staat, voor wie hem op pauze zet of laat stoppen.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, clock }, input) => comingShifts(db, input.id, clock),
  }),
};
