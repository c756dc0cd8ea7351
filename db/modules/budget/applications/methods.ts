import { method } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { id } from '../../../contract/fields';
import { z } from '../../../contract/zod';
import { formatCents, localDateTime } from '../../../platform/clock';
import {
  applicationContact,
  applicationCreate,
  applicationQuery,
  applicationSubmit,
  applicationUpdate,
  applicationWithdraw,
} from '../schemas';
import { applicationMoney, assertCanSee, setStatus, whoOf } from '../shared';
import { diffSummary } from '../../../contract/audit';
import { listApplications } from './summary';
import { getApplication } from './detail';
import { auditFields, insertApplication, submitApplication, updateApplication } from './save';

/** Applications as the API offers them: listed, read, registered, changed, withdrawn. */

const READERS = ['beheerder', 'commissie'] as const;

export const budgetApplicationMethods = {
  'applications.list': method({
    description:
      'Aanvragen, te filteren op jaar, ronde, status en tekst. Een commissielid ziet alleen aanvragen op de agenda van een vergadering; coördinator en balie zien geen aanvragen.',
    access: READERS,
    mode: 'read',
    input: applicationQuery,
    handler: (ctx, q) => listApplications(ctx, q),
  }),
  'applications.get': method({
    description:
      'Eén aanvraag met alles: gegevens, kostenregels, dekking, partners en waardering, totalen, grootboekpositie, checklist, statusgeschiedenis (wie en wanneer), besluiten, betalingen, bijlagen en de mogelijke volgende statussen. Voor de commissie zonder contactgegevens en notities.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertCanSee(ctx, input.id);
      return getApplication(ctx.db, input.id, ctx.actor);
    },
  }),
  'applications.create': method({
    description:
      'Legt aan de balie een aanvraag vast: als concept, of direct geregistreerd als ingediend (register, met ontvangstdatum en een volgnummer). Bij registreren moet de begroting sluiten; buiten bedrag, termijn, periode of gebied volgt eerst een waarschuwing om te bevestigen.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationCreate,
    handler: (ctx, input) => {
      const applicationId = insertApplication(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, applicationId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: applicationId,
        summary: `Aanvraag ${a.number ?? '(concept)'} "${a.title}" van ${a.applicantName}, ${formatCents(a.requestedCents)} in ${a.roundName}: ${a.statusLabel.toLowerCase()}`,
      });
      return a;
    },
  }),
  'applications.update': method({
    description:
      'Wijzigt een aanvraag zolang ze concept of ingediend is; daarna ligt ze vast (contactgegevens blijven te wijzigen met applications.updateContact).',
    access: ['beheerder'],
    mode: 'write',
    input: applicationUpdate,
    handler: (ctx, input) => {
      const { before, after } = updateApplication(ctx.db, input, whoOf(ctx));
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: diffSummary(auditFields(before), auditFields(after)),
      });
      return getApplication(ctx.db, input.id);
    },
  }),
  'applications.updateContact': method({
    description: 'Wijzigt contactgegevens en rekeningnummer van een aanvraag, in elke status.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationContact,
    handler: ({ db, clock, audit }, input) => {
      const before = getApplication(db, input.id);
      db.prepare(
        'UPDATE budget_applications SET contact_name = ?, contact_phone = ?, contact_email = ?, contact_address = ?, iban = ?, updated_at = ? WHERE id = ?',
      ).run(
        input.contactName,
        input.contactPhone,
        input.contactEmail,
        input.contactAddress,
        input.iban,
        localDateTime(clock.now()),
        input.id,
      );
      const pick = (a: {
        contactName: string;
        contactPhone: string;
        contactEmail: string;
        contactAddress: string;
        iban: string;
      }) => ({
        contactName: a.contactName,
        contactPhone: a.contactPhone,
        contactEmail: a.contactEmail,
        contactAddress: a.contactAddress,
        iban: a.iban,
      });
      audit({ entity: 'budget_applications', entityId: input.id, summary: diffSummary(pick(before), pick(input)) });
      return getApplication(db, input.id);
    },
  }),
  'applications.submit': method({
    description:
      'Registreert een concept als ingediend, met de ontvangstdatum; de aanvraag krijgt een volgnummer. Dezelfde regels en waarschuwingen als bij registreren.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationSubmit,
    handler: (ctx, input) => {
      submitApplication(ctx.db, input.id, input.receivedOn, input.confirmWarnings, whoOf(ctx));
      const a = getApplication(ctx.db, input.id);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Aanvraag ${a.number} "${a.title}" ingediend, ontvangen op ${input.receivedOn}`,
      });
      return a;
    },
  }),
  'applications.delete': method({
    description: 'Verwijdert een concept dat nooit is ingediend (met zijn regels en bijlagen).',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const a = getApplication(db, input.id);
      if (a.status !== 'concept')
        throw new ApiError(
          'CONFLICT',
          'Alleen een concept kan worden verwijderd; een ingediende aanvraag kan worden ingetrokken.',
        );
      db.prepare('DELETE FROM budget_applications WHERE id = ?').run(input.id);
      audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Concept "${a.title}" van ${a.applicantName} verwijderd`,
      });
      return { id: input.id };
    },
  }),
  'applications.withdraw': method({
    description:
      'Trekt een aanvraag in (op verzoek van de aanvrager), vóór er iets is betaald. Een toekenning valt dan vrij in het grootboek.',
    access: ['beheerder'],
    mode: 'write',
    input: applicationWithdraw,
    handler: (ctx, input) => {
      const { db } = ctx;
      const a = getApplication(db, input.id);
      if (a.status === 'geagendeerd')
        throw new ApiError(
          'CONFLICT',
          'Deze aanvraag staat op de agenda van een vergadering: haal haar eerst van de agenda.',
        );
      const money = applicationMoney(db, input.id);
      if (money.paidCents !== 0 || money.plannedCents !== 0)
        throw new ApiError(
          'CONFLICT',
          'Op deze toekenning is al betaald of een termijn gepland: verwijder geplande termijnen, en sluit een betaalde toekenning af via verantwoording en terugbetaling.',
        );
      setStatus(db, input.id, 'ingetrokken', whoOf(ctx), input.reason);
      db.prepare(
        'UPDATE budget_applications SET withdrawn_reason = ?, released_cents = granted_cents WHERE id = ?',
      ).run(input.reason, input.id);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Aanvraag ${a.number} ingetrokken${a.grantedCents ? `; ${formatCents(a.grantedCents)} valt vrij` : ''}: ${input.reason}`,
      });
      return getApplication(db, input.id);
    },
  }),
};
