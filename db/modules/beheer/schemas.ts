import { z } from '../../contract/zod';
import {
  id,
  isoDate,
  optionalText,
  requiredText,
  planDate,
  planDateTime,
  END_BEFORE_START,
} from '../../contract/fields';
import { msg } from '../../platform/messages';

export const DAYPARTS = ['ochtend', 'middag', 'avond'] as const;
export const LOGBOOK_CATEGORIES = [
  'algemeen',
  'overdracht',
  'bezoekers',
  'activiteiten',
  'schoonmaak',
  'onderhoud',
  'veiligheid',
] as const;
export const CHECKLIST_KINDS = ['opening', 'sluiting'] as const;
export const INCIDENT_CATEGORIES = [
  'overlast',
  'agressie',
  'ongeval',
  'ehbo',
  'schade',
  'diefstal',
  'brandalarm',
  'ontruiming',
  'overig',
] as const;
export const SEVERITIES = ['laag', 'middel', 'hoog', 'ernstig'] as const;
export const INCIDENT_STATUSES = ['open', 'in_behandeling', 'afgesloten'] as const;
export const DEFECT_PRIORITIES = ['laag', 'normaal', 'hoog', 'urgent'] as const;
export const DEFECT_STATUSES = ['gemeld', 'doorgegeven', 'in_behandeling', 'opgelost'] as const;
export const KEY_KINDS = ['sleutel', 'pas', 'alarmcode'] as const;
export const KEY_STATUSES = ['beschikbaar', 'verloren', 'buiten_gebruik'] as const;
export const HOLDER_KINDS = ['huurder', 'vrijwilliger', 'medewerker', 'anders'] as const;
export const HOUSE_TOPICS = ['huisregels', 'noodprocedure', 'contacten'] as const;

const stamp = planDateTime();

export const logbookInput = z.object({
  date: planDate,
  daypart: z.enum(DAYPARTS, { error: msg('Kies ochtend, middag of avond.', 'Choose morning, afternoon or evening.') }),
  category: z.enum(LOGBOOK_CATEGORIES, { error: msg('Kies een categorie.', 'Choose a category.') }),
  text: requiredText(msg('Tekst', 'Text'), 4000),
  handover: z.boolean().default(false),
});
export const logbookUpdate = z.object({ id }).and(logbookInput);
export const logbookQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    text: z.string().trim().max(100).default(''),
    category: z.enum(LOGBOOK_CATEGORIES).nullable().default(null),
  })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  });

export const checklistItemInput = z.object({
  kind: z.enum(CHECKLIST_KINDS, { error: msg('Kies opening of sluiting.', 'Choose opening or closing.') }),
  label: requiredText(msg('Omschrijving', 'Description'), 120),
});
export const checklistItemUpdate = z.object({
  id,
  label: requiredText(msg('Omschrijving', 'Description'), 120),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
});

export const checklistRunInput = z
  .object({
    kind: z.enum(CHECKLIST_KINDS, { error: msg('Kies opening of sluiting.', 'Choose opening or closing.') }),
    items: z
      .array(z.object({ itemId: id, done: z.boolean(), reason: optionalText(msg('Reden', 'Reason'), 300) }))
      .min(
        1,
        msg(
          'Een lege checklist kan niet worden vastgelegd: vink de punten af of geef een reden.',
          'An empty checklist cannot be recorded: tick the items or give a reason.',
        ),
      )
      .max(100),
    note: optionalText(msg('Opmerking', 'Remark'), 1000),
  })
  .superRefine((v, ctx) => {
    v.items.forEach((item, i) => {
      if (!item.done && !item.reason.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'reason'],
          message: msg('Geef een reden waarom dit niet is gedaan.', 'Give a reason why this was not done.'),
        });
    });
  });

const followup = z.object({
  action: requiredText(msg('Actie', 'Action'), 300),
  owner: requiredText(msg('Wie', 'Who'), 120),
  dueDate: planDate,
});

export const incidentInput = z
  .object({
    occurredAt: stamp,
    roomId: id.nullable().default(null),
    place: optionalText(msg('Plek', 'Place'), 120),
    category: z.enum(INCIDENT_CATEGORIES, { error: msg('Kies een categorie.', 'Choose a category.') }),
    severity: z.enum(SEVERITIES, { error: msg('Kies hoe ernstig het was.', 'Choose how serious it was.') }),
    description: requiredText(msg('Wat er gebeurde', 'What happened'), 4000),
    actionTaken: optionalText(msg('Wat er is gedaan', 'What was done'), 4000),
    servicesCalled: z.boolean().default(false),
    servicesReference: optionalText(msg('Registratienummer', 'Reference number'), 80),
    followups: z.array(followup).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    v.followups.forEach((f, i) => {
      if (f.dueDate < v.occurredAt.slice(0, 10))
        ctx.addIssue({
          code: 'custom',
          path: ['followups', i, 'dueDate'],
          message: msg('De uiterste datum ligt voor het incident.', 'The due date is before the incident.'),
        });
    });
  });
export const incidentUpdate = z.object({
  id,
  status: z.enum(INCIDENT_STATUSES, { error: msg('Kies een status.', 'Choose a status.') }),
  actionTaken: optionalText(msg('Wat er is gedaan', 'What was done'), 4000),
  servicesCalled: z.boolean(),
  servicesReference: optionalText(msg('Registratienummer', 'Reference number'), 80),
});
export const followupInput = z.object({ incidentId: id }).and(followup);
export const followupDone = z.object({ id, done: z.boolean() });
export const incidentQuery = z
  .object({
    status: z.enum(INCIDENT_STATUSES).nullable().default(null),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
  })
  .default({ status: null, from: null, to: null });

export const defectInput = z.object({
  title: requiredText(msg('Wat is er kapot', 'What is broken'), 160),
  description: optionalText(msg('Omschrijving', 'Description'), 2000),
  roomId: id.nullable().default(null),
  place: optionalText(msg('Plek', 'Place'), 120),
  reportedBy: requiredText(msg('Gemeld door', 'Reported by'), 120),
  reportedTo: optionalText(msg('Doorgegeven aan', 'Passed on to'), 120),
  priority: z.enum(DEFECT_PRIORITIES, { error: msg('Kies een prioriteit.', 'Choose a priority.') }),
  reportedOn: planDate,
  notes: optionalText(msg('Notities', 'Notes'), 2000),
});
export const defectUpdate = z
  .object({
    id,
    status: z.enum(DEFECT_STATUSES, { error: msg('Kies een status.', 'Choose a status.') }),
    reportedTo: optionalText(msg('Doorgegeven aan', 'Passed on to'), 120),
    passedOn: planDate.nullable().default(null),
    resolvedOn: planDate.nullable().default(null),
    priority: z.enum(DEFECT_PRIORITIES, { error: msg('Kies een prioriteit.', 'Choose a priority.') }),
    notes: optionalText(msg('Notities', 'Notes'), 2000),
  })
  .refine((v) => v.status !== 'opgelost' || v.resolvedOn !== null, {
    message: msg('Vul in wanneer het is opgelost.', 'Fill in when it was resolved.'),
    path: ['resolvedOn'],
  });
export const defectQuery = z
  .object({ includeResolved: z.boolean().default(false) })
  .default({ includeResolved: false });

export const keyInput = z
  .object({
    kind: z.enum(KEY_KINDS, { error: msg('Kies sleutel, pas of alarmcode.', 'Choose key, card or alarm code.') }),
    label: requiredText(msg('Naam', 'Name'), 80),
    // A number engraved on a key or printed on a fob; never the alarm code itself.
    code: optionalText(msg('Nummer', 'Number'), 40),
    notes: optionalText(msg('Notities', 'Notes'), 1000),
  })
  .refine((v) => v.kind !== 'alarmcode' || v.code === '', {
    message: msg(
      'Een alarmcode zelf wordt nooit opgeslagen: laat dit veld leeg.',
      'An alarm code itself is never stored: leave this field empty.',
    ),
    path: ['code'],
  });
export const keyUpdate = z.object({ id, status: z.enum(KEY_STATUSES) }).and(keyInput);

export const handoutInput = z
  .object({
    keyId: id,
    holderKind: z.enum(HOLDER_KINDS, { error: msg('Kies wie de sleutel krijgt.', 'Choose who gets the key.') }),
    holderName: requiredText(msg('Naam van de houder', 'Name of the holder'), 120),
    renterId: id.nullable().default(null),
    handedOutOn: planDate,
    notes: optionalText(msg('Notities', 'Notes'), 500),
  })
  .refine((v) => v.holderKind !== 'huurder' || v.renterId !== null, {
    message: msg('Kies de huurder.', 'Choose the renter.'),
    path: ['renterId'],
  });
export const returnInput = z.object({
  keyId: id,
  returnedOn: planDate,
  lost: z.boolean().default(false),
  notes: optionalText(msg('Notities', 'Notes'), 500),
});

export const houseInfoInput = z.object({
  topic: z.enum(HOUSE_TOPICS),
  text: z.string().trim().max(20_000, msg('Hoogstens 20.000 tekens.', 'At most 20,000 characters.')),
});

export const dashboardInput = z.object({}).default({});
