import type { Db } from '../../../platform/database';
import { method } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { id } from '../../../contract/fields';
import { z } from '../../../contract/zod';
import { formatCents, localDateTime } from '../../../platform/clock';
import {
  APPLICANT_TYPE_LABELS,
  PRIORITY_GROUP_LABELS,
  REACH_KEYS,
  applicationContact,
  applicationCreate,
  applicationQuery,
  applicationSubmit,
  applicationUpdate,
  applicationWithdraw,
} from '../schemas';
import { applicationMoney, assertCanSee, setStatus, whoOf } from '../shared';
import { describeChanges, type Labels } from '../../../contract/audit';
import { listApplications } from './summary';
import { getApplication } from './detail';
import { auditFields, insertApplication, submitApplication, updateApplication } from './save';
import type { Registrable } from './checks';
import { msg } from '../../../platform/messages';
import { mailReceipt } from '../mail';

/** Applications as the API offers them: listed, read, registered, changed, withdrawn. */

/** A label for every field of a record: the compiler points out a field left out, which the audit log would not mention. */
type Contact = Pick<Registrable, 'contactName' | 'contactPhone' | 'contactEmail' | 'contactAddress' | 'iban'>;
const contactFields = (a: Contact): Contact => ({
  contactName: a.contactName,
  contactPhone: a.contactPhone,
  contactEmail: a.contactEmail,
  contactAddress: a.contactAddress,
  iban: a.iban,
});

/** Contact details and bank account are personal (privacy register): only that they changed, so erasure leaves none in the log. */
const CONTACT_LABELS: Labels<Contact> = {
  contactName: { label: 'Contactpersoon', personal: true },
  contactPhone: { label: 'Telefoon', personal: true },
  contactEmail: { label: 'E-mail', personal: true },
  contactAddress: { label: 'Adres', personal: true },
  iban: { label: 'IBAN', personal: true },
};

const FUNDING_KIND_WORDS: Record<Registrable['funding'][number]['kind'], string> = {
  cofinanciering: 'cofinanciering',
  eigen_bijdrage: 'eigen bijdrage',
};
const PARTNER_KIND_WORDS: Record<Registrable['partners'][number]['kind'], string> = {
  bewonersgroep: 'bewonersgroep',
  organisatie: 'organisatie',
  sociaal_ondernemer: 'sociaal ondernemer',
  welzijnsaanbieder: 'welzijnsaanbieder',
  overig: 'overig',
};
const REACH_WORDS: Record<(typeof REACH_KEYS)[number], string> = {
  ...PRIORITY_GROUP_LABELS,
  overig: 'Overige bewoners',
};

/**
 * An application as the audit log shows it: the round and room by name, the budget lines as short texts,
 * and apart from them what is only mentioned (notes to cost lines, partners' roles and contact persons).
 */
function applicationAuditFields(db: Db, a: Registrable) {
  const { roundId, roomId, ...fields } = auditFields(a);
  const name = (sql: string, rowId: number | null) =>
    rowId === null ? null : ((db.prepare(sql).get(rowId) as { name: string } | undefined)?.name ?? null);
  return {
    ...fields,
    round: name('SELECT name FROM budget_rounds WHERE id = ?', roundId),
    room: name('SELECT name FROM rooms WHERE id = ?', roomId),
    costNotes: a.costLines.map((l) => l.note).filter(Boolean),
    funding: a.funding.map(
      (f) =>
        `${FUNDING_KIND_WORDS[f.kind]} ${f.source} ${formatCents(f.amountCents)}${f.inKind ? ' in natura' : ''}${f.confirmed ? ' (toegezegd)' : ''}`,
    ),
    partners: a.partners.map(
      (p) =>
        `${p.name} (${PARTNER_KIND_WORDS[p.kind]}): ${formatCents(p.cashCents)} in geld, ${formatCents(p.inKindCents)} in natura`,
    ),
    partnerTexts: a.partners.map((p) => [p.role, p.inKindDescription]),
    partnerContacts: a.partners.map((p) => [p.contactName, p.contactEmail, p.contactPhone]),
  };
}

/** Budget lines, partners: one after the other. */
const lines = (v: string[]) => (v.length ? v.join(' · ') : '(geen)');

/**
 * An application's fields as the audit log names them, in the order of the form. Long texts only as changed;
 * the applicant's name and contact details too, so the audit log keeps no old personal details.
 */
const APPLICATION_LABELS: Labels<ReturnType<typeof applicationAuditFields>> = {
  round: 'Ronde',
  receivedOn: 'Ontvangen op',
  applicantType: { label: 'Soort aanvrager', show: (v) => APPLICANT_TYPE_LABELS[v] },
  applicantName: { label: 'Naam van de aanvrager', personal: true },
  ...CONTACT_LABELS,
  kvkNumber: 'KvK-nummer',
  wijk: 'Wijk',
  involvement: { label: 'Betrokkenheid bij de wijk', onlyMention: true },
  title: 'Titel',
  description: { label: 'Omschrijving van de activiteit', onlyMention: true },
  goals: { label: 'Doelen en verwachte resultaten', onlyMention: true },
  contribution: { label: 'Bijdrage aan de wijkopgave', onlyMention: true },
  complementarity: { label: 'Aanvulling op het welzijnsaanbod', onlyMention: true },
  recurrence: { label: 'Eenmalig of terugkerend', show: String },
  priorityGroups: {
    label: 'Prioriteitsgroepen',
    show: (v) => (v.length ? v.map((g) => PRIORITY_GROUP_LABELS[g]).join(', ') : '(geen)'),
  },
  expectedReach: {
    label: 'Verwacht bereik',
    show: (v) =>
      REACH_KEYS.filter((k) => v[k] > 0)
        .map((k) => `${v[k]} ${REACH_WORDS[k].toLowerCase()}`)
        .join(', ') || '(geen)',
  },
  expectedParticipants: 'Verwacht aantal deelnemers',
  expectedMeetings: 'Aantal bijeenkomsten',
  startDate: 'Begindatum',
  endDate: 'Einddatum',
  location: 'Locatie',
  room: 'Ruimte in het huis',
  requestedCents: { label: 'Gevraagd bedrag', show: formatCents },
  costLines: { label: 'Begroting', show: lines },
  costNotes: { label: 'Toelichting bij de begroting', onlyMention: true },
  funding: { label: 'Dekking', show: lines },
  partners: { label: 'Partners', show: lines },
  partnerTexts: { label: 'Rol of bijdrage in natura van een partner', onlyMention: true },
  partnerContacts: { label: 'Contactpersoon van een partner', personal: true },
  notes: { label: 'Interne notities', onlyMention: true },
};

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
        // Without the applicant's name: it is personal (privacy register), the number and title say which application.
        summary: `Aanvraag ${a.number ?? '(concept)'} "${a.title}", ${formatCents(a.requestedCents)} in ${a.roundName}: ${a.statusLabel.toLowerCase()}`,
      });
      // Registered at the desk as received: the applicant gets the same receipt as for a submitted concept.
      if (a.status === 'ingediend') mailReceipt(ctx.db, ctx.clock, applicationId);
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
        summary: describeChanges(
          applicationAuditFields(ctx.db, before),
          applicationAuditFields(ctx.db, after),
          APPLICATION_LABELS,
        ),
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
      audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: describeChanges(contactFields(before), contactFields(input), CONTACT_LABELS),
      });
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
      mailReceipt(ctx.db, ctx.clock, input.id);
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
          msg(
            'Alleen een concept kan worden verwijderd; een ingediende aanvraag kan worden ingetrokken.',
            'Only a draft can be deleted; a submitted application can be withdrawn.',
          ),
        );
      db.prepare('DELETE FROM budget_applications WHERE id = ?').run(input.id);
      audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Concept "${a.title}" verwijderd`,
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
          msg(
            'Deze aanvraag staat op de agenda van een vergadering: haal haar eerst van de agenda.',
            'This application is on the agenda of a meeting: take it off the agenda first.',
          ),
        );
      const money = applicationMoney(db, input.id);
      if (money.paidCents !== 0 || money.plannedCents !== 0)
        throw new ApiError(
          'CONFLICT',
          msg(
            'Op deze toekenning is al betaald of een termijn gepland: verwijder geplande termijnen, en sluit een betaalde toekenning af via verantwoording en terugbetaling.',
            'This grant has already been paid on or has an instalment planned: remove planned instalments, and close a paid grant through accountability and repayment.',
          ),
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
