import { z } from '../../contract/zod';
import { id, isoDate, optionalText, requiredText, planDate, planDateTime } from '../../contract/fields';

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
  daypart: z.enum(DAYPARTS, { error: 'Kies ochtend, middag of avond.' }),
  category: z.enum(LOGBOOK_CATEGORIES, { error: 'Kies een categorie.' }),
  text: requiredText('Tekst', 4000),
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
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] });

export const checklistItemInput = z.object({
  kind: z.enum(CHECKLIST_KINDS, { error: 'Kies opening of sluiting.' }),
  label: requiredText('Omschrijving', 120),
});
export const checklistItemUpdate = z.object({
  id,
  label: requiredText('Omschrijving', 120),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
});

export const checklistRunInput = z
  .object({
    kind: z.enum(CHECKLIST_KINDS, { error: 'Kies opening of sluiting.' }),
    items: z
      .array(z.object({ itemId: id, done: z.boolean(), reason: optionalText('Reden', 300) }))
      .min(1, 'Een lege checklist kan niet worden vastgelegd: vink de punten af of geef een reden.')
      .max(100),
    note: optionalText('Opmerking', 1000),
  })
  .superRefine((v, ctx) => {
    v.items.forEach((item, i) => {
      if (!item.done && !item.reason.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'reason'],
          message: 'Geef een reden waarom dit niet is gedaan.',
        });
    });
  });

const followup = z.object({
  action: requiredText('Actie', 300),
  owner: requiredText('Wie', 120),
  dueDate: planDate,
});

export const incidentInput = z
  .object({
    occurredAt: stamp,
    roomId: id.nullable().default(null),
    place: optionalText('Plek', 120),
    category: z.enum(INCIDENT_CATEGORIES, { error: 'Kies een categorie.' }),
    severity: z.enum(SEVERITIES, { error: 'Kies hoe ernstig het was.' }),
    description: requiredText('Wat er gebeurde', 4000),
    actionTaken: optionalText('Wat er is gedaan', 4000),
    servicesCalled: z.boolean().default(false),
    servicesReference: optionalText('Registratienummer', 80),
    followups: z.array(followup).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    v.followups.forEach((f, i) => {
      if (f.dueDate < v.occurredAt.slice(0, 10))
        ctx.addIssue({
          code: 'custom',
          path: ['followups', i, 'dueDate'],
          message: 'De uiterste datum ligt voor het incident.',
        });
    });
  });
export const incidentUpdate = z.object({
  id,
  status: z.enum(INCIDENT_STATUSES, { error: 'Kies een status.' }),
  actionTaken: optionalText('Wat er is gedaan', 4000),
  servicesCalled: z.boolean(),
  servicesReference: optionalText('Registratienummer', 80),
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
  title: requiredText('Wat is er kapot', 160),
  description: optionalText('Omschrijving', 2000),
  roomId: id.nullable().default(null),
  place: optionalText('Plek', 120),
  reportedBy: requiredText('Gemeld door', 120),
  reportedTo: optionalText('Doorgegeven aan', 120),
  priority: z.enum(DEFECT_PRIORITIES, { error: 'Kies een prioriteit.' }),
  reportedOn: planDate,
  notes: optionalText('Notities', 2000),
});
export const defectUpdate = z
  .object({
    id,
    status: z.enum(DEFECT_STATUSES, { error: 'Kies een status.' }),
    reportedTo: optionalText('Doorgegeven aan', 120),
    passedOn: planDate.nullable().default(null),
    resolvedOn: planDate.nullable().default(null),
    priority: z.enum(DEFECT_PRIORITIES, { error: 'Kies een prioriteit.' }),
    notes: optionalText('Notities', 2000),
  })
  .refine((v) => v.status !== 'opgelost' || v.resolvedOn !== null, {
    message: 'Vul in wanneer het is opgelost.',
    path: ['resolvedOn'],
  });
export const defectQuery = z
  .object({ includeResolved: z.boolean().default(false) })
  .default({ includeResolved: false });

export const keyInput = z
  .object({
    kind: z.enum(KEY_KINDS, { error: 'Kies sleutel, pas of alarmcode.' }),
    label: requiredText('Naam', 80),
    // A number engraved on a key or printed on a fob; never the alarm code itself.
    code: optionalText('Nummer', 40),
    notes: optionalText('Notities', 1000),
  })
  .refine((v) => v.kind !== 'alarmcode' || v.code === '', {
    message: 'Een alarmcode zelf wordt nooit opgeslagen: laat dit veld leeg.',
    path: ['code'],
  });
export const keyUpdate = z.object({ id, status: z.enum(KEY_STATUSES) }).and(keyInput);

export const handoutInput = z
  .object({
    keyId: id,
    holderKind: z.enum(HOLDER_KINDS, { error: 'Kies wie de sleutel krijgt.' }),
    holderName: requiredText('Naam van de houder', 120),
    renterId: id.nullable().default(null),
    handedOutOn: planDate,
    notes: optionalText('Notities', 500),
  })
  .refine((v) => v.holderKind !== 'huurder' || v.renterId !== null, {
    message: 'Kies de huurder.',
    path: ['renterId'],
  });
export const returnInput = z.object({
  keyId: id,
  returnedOn: planDate,
  lost: z.boolean().default(false),
  notes: optionalText('Notities', 500),
});

export const houseInfoInput = z.object({
  topic: z.enum(HOUSE_TOPICS),
  text: z.string().trim().max(20_000, 'Hoogstens 20.000 tekens.'),
});

export const dashboardInput = z.object({}).default({});
