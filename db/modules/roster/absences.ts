import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { absenceInput } from './schemas';
import { localDate } from '../../platform/clock';
import { COORDINATION } from './access';
import { getVolunteer } from './volunteers';
import { personRef } from '../../contract/audit';
import { msg } from '../../platform/messages';

/** Periods a volunteer cannot come (holiday, illness): shifts then show who can cover. */

export const absenceMethods = {
  'volunteers.addAbsence': method({
    description:
      'Legt vast dat een vrijwilliger een periode niet kan (vakantie, ziek); diensten in die periode tonen wie kan invallen.',
    access: COORDINATION,
    mode: 'write',
    input: absenceInput,
    handler: ({ db, actor, audit }, input) => {
      getVolunteer(db, input.volunteerId, actor);
      const absenceId = Number(
        db
          .prepare('INSERT INTO volunteer_absences (volunteer_id, from_date, to_date, reason) VALUES (?, ?, ?, ?)')
          .run(input.volunteerId, input.fromDate, input.toDate, input.reason).lastInsertRowid,
      );
      audit({
        entity: 'volunteers',
        entityId: input.volunteerId,
        summary: `${personRef('Vrijwilliger', input.volunteerId)} afwezig ${input.fromDate} t/m ${input.toDate}`,
      });
      return { id: absenceId, ...input };
    },
  }),
  'volunteers.absences': method({
    description: 'Afwezigheden van een vrijwilliger (of van iedereen) vanaf vandaag.',
    access: COORDINATION,
    mode: 'read',
    input: z.object({ volunteerId: id.nullable().default(null) }).default({ volunteerId: null }),
    handler: ({ db, clock }, q) =>
      db
        .prepare(
          'SELECT a.id, a.volunteer_id AS volunteerId, v.name AS volunteerName, a.from_date AS fromDate, a.to_date AS toDate, a.reason FROM volunteer_absences a JOIN volunteers v ON v.id = a.volunteer_id WHERE a.to_date >= ? AND (? IS NULL OR a.volunteer_id = ?) ORDER BY a.from_date',
        )
        .all(localDate(clock.now()), q.volunteerId, q.volunteerId),
  }),
  'volunteers.deleteAbsence': method({
    description: 'Verwijdert een afwezigheid.',
    access: COORDINATION,
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db }, input) => {
      const r = db.prepare('DELETE FROM volunteer_absences WHERE id = ?').run(input.id);
      if (r.changes === 0)
        throw new ApiError('NOT_FOUND', msg('Deze afwezigheid bestaat niet.', 'This absence does not exist.'));
      return { id: input.id };
    },
  }),
};
