import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { certificateInput, certificateUpdate } from './schemas';
import { localDate } from '../../platform/clock';
import { COORDINATION } from './access';
import { getVolunteer } from './volunteers';
import { CERTIFICATE_WINDOW_DAYS, certificateAlerts, certificatesOf, insertCertificate } from './certificates';
import { personRef } from '../../contract/audit';
import { msg } from '../../platform/messages';

/** Certificates as the API offers them: recorded, changed, removed, and the alerts. */

export const certificateMethods = {
  'volunteers.addCertificate': method({
    description:
      'Legt een certificaat vast: VOG (datum waarop het origineel is gezien en door wie — nooit een kopie), BHV, EHBO of training.',
    access: COORDINATION,
    mode: 'write',
    input: certificateInput,
    handler: ({ db, actor, audit }, input) => {
      getVolunteer(db, input.volunteerId, actor);
      const certificateId = insertCertificate(db, input);
      audit({
        entity: 'volunteers',
        entityId: input.volunteerId,
        summary: `${input.kind.toUpperCase()} vastgelegd voor ${personRef('vrijwilliger', input.volunteerId)}`,
      });
      return certificatesOf(db, input.volunteerId).find((c) => c.id === certificateId)!;
    },
  }),
  'volunteers.updateCertificate': method({
    description: 'Wijzigt een certificaat.',
    access: COORDINATION,
    mode: 'write',
    input: certificateUpdate,
    handler: ({ db }, input) => {
      const r = db
        .prepare(
          'UPDATE volunteer_certificates SET volunteer_id = ?, kind = ?, name = ?, issued_on = ?, expires_on = ?, seen_on = ?, seen_by = ?, notes = ? WHERE id = ?',
        )
        .run(
          input.volunteerId,
          input.kind,
          input.name,
          input.issuedOn,
          input.expiresOn,
          input.seenOn,
          input.seenBy,
          input.notes,
          input.id,
        );
      if (r.changes === 0)
        throw new ApiError('NOT_FOUND', msg('Dit certificaat bestaat niet.', 'This certificate does not exist.'));
      return certificatesOf(db, input.volunteerId).find((c) => c.id === input.id)!;
    },
  }),
  'volunteers.deleteCertificate': method({
    description: 'Verwijdert een certificaat.',
    access: COORDINATION,
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db }, input) => {
      const r = db.prepare('DELETE FROM volunteer_certificates WHERE id = ?').run(input.id);
      if (r.changes === 0)
        throw new ApiError('NOT_FOUND', msg('Dit certificaat bestaat niet.', 'This certificate does not exist.'));
      return { id: input.id };
    },
  }),
  'volunteers.certificateAlerts': method({
    description:
      'Certificaten die binnen 60 dagen verlopen (of al verlopen zijn), en actieve vrijwilligers met een rol die een VOG vraagt zonder geldig VOG.',
    access: COORDINATION,
    mode: 'read',
    input: z
      .object({ days: z.number().int().min(1).max(365).default(CERTIFICATE_WINDOW_DAYS) })
      .default({ days: CERTIFICATE_WINDOW_DAYS }),
    handler: ({ db, clock }, { days }) => certificateAlerts(db, days, localDate(clock.now())),
  }),
};
