import { z } from '../../contract/zod';
import {
  clockTime,
  id,
  isoDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  planDate,
  planDateTime,
  planYear,
} from '../../contract/fields';
import { DAYPARTS } from '../beheer/schemas';

export const VOLUNTEER_STATUSES = ['actief', 'pauze', 'gestopt'] as const;
export const CERTIFICATE_KINDS = ['vog', 'bhv', 'ehbo', 'training'] as const;
export const ASSIGNMENT_STATUSES = ['ingepland', 'wachtlijst', 'afgemeld'] as const;

const weekday = z.number().int().min(1, 'Kies een dag.').max(7, 'Kies een dag.');

export const volunteerInput = z
  .object({
    name: requiredText('Naam', 120),
    phone: optionalPhone,
    email: optionalEmail,
    dateOfBirth: isoDate.nullable().default(null),
    address: optionalText('Adres', 300),
    languages: z.array(requiredText('Taal', 40)).max(20).default([]),
    roleIds: z.array(id).max(30).default([]),
    availability: z
      .array(z.object({ weekday, daypart: z.enum(DAYPARTS) }))
      .max(21)
      .default([]),
    startDate: isoDate,
    emergencyContact: optionalText('Contact bij nood', 200),
    tegenprestatie: z.boolean().default(false),
    tegenprestatieHours: z
      .number()
      .int('Vul hele uren in.')
      .min(0, 'Het aantal uren kan niet negatief zijn.')
      .max(40, 'Hoogstens 40 uur per week.')
      .default(0),
    notes: optionalText('Notities', 2000),
    status: z.enum(VOLUNTEER_STATUSES, { error: 'Kies actief, pauze of gestopt.' }).default('actief'),
    consentOn: isoDate.nullable().default(null),
    consentPurpose: optionalText('Toestemming voor', 300),
  })
  .refine((v) => !v.tegenprestatie || v.tegenprestatieHours > 0, {
    message: 'Geef het aantal uren per week van de tegenprestatie.',
    path: ['tegenprestatieHours'],
  })
  .refine((v) => v.consentOn === null || v.consentPurpose.trim() !== '', {
    message: 'Waarvoor is toestemming gegeven?',
    path: ['consentPurpose'],
  });
export const volunteerUpdate = z.object({ id }).and(volunteerInput);
export const volunteerQuery = z
  .object({
    search: z.string().trim().max(100).default(''),
    status: z.enum(VOLUNTEER_STATUSES).nullable().default(null),
    roleId: id.nullable().default(null),
    // The register pages (asking one more than it shows, to know there are more); the roster still takes everyone.
    limit: z.number().int().min(1).max(1000).default(1000),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ search: '', status: null, roleId: null, limit: 1000, offset: 0 });

export const roleInput = z.object({
  name: requiredText('Naam', 60),
  needsVog: z.boolean().default(false),
  isKeyHolder: z.boolean().default(false),
});
export const roleUpdate = z.object({ id, active: z.boolean().default(true) }).and(roleInput);

export const certificateInput = z
  .object({
    volunteerId: id,
    kind: z.enum(CERTIFICATE_KINDS, { error: 'Kies VOG, BHV, EHBO of training.' }),
    name: optionalText('Naam', 120),
    issuedOn: isoDate.nullable().default(null),
    expiresOn: isoDate.nullable().default(null),
    seenOn: isoDate.nullable().default(null),
    seenBy: optionalText('Gezien door', 120),
    notes: optionalText('Notities', 500),
  })
  .superRefine((v, ctx) => {
    if (v.issuedOn && v.expiresOn && v.expiresOn < v.issuedOn)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'De vervaldatum ligt voor de datum van afgifte.' });
    if (v.kind === 'vog') {
      if (!v.seenOn)
        ctx.addIssue({
          code: 'custom',
          path: ['seenOn'],
          message: 'Vul in wanneer het originele VOG is gezien (bewaar nooit een kopie).',
        });
      if (!v.seenBy.trim())
        ctx.addIssue({ code: 'custom', path: ['seenBy'], message: 'Vul in wie het originele VOG heeft gezien.' });
    }
    if ((v.kind === 'bhv' || v.kind === 'ehbo') && !v.expiresOn)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Een BHV- of EHBO-diploma heeft een vervaldatum.' });
    if (v.kind === 'training' && !v.name.trim())
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Welke training?' });
  });
export const certificateUpdate = z.object({ id }).and(certificateInput);

export const absenceInput = z
  .object({ volunteerId: id, fromDate: planDate, toDate: planDate, reason: optionalText('Reden', 200) })
  .refine((v) => v.fromDate <= v.toDate, {
    message: 'De einddatum mag niet voor de begindatum liggen.',
    path: ['toDate'],
  });

const need = z.object({
  roleId: id,
  count: z
    .number({ error: 'Vul een aantal in.' })
    .int('Vul een heel aantal in.')
    .min(0, 'Het aantal kan niet negatief zijn.')
    .max(50, 'Hoogstens 50.'),
});

const timeRange = { startTime: clockTime, endTime: clockTime };
const endAfterStart = (v: { startTime: string; endTime: string }) => v.startTime < v.endTime;
const endMessage = { message: 'De dienst moet eindigen na het begin.', path: ['endTime'] };

export const templateInput = z
  .object({
    name: requiredText('Naam', 120),
    weekdays: z.array(weekday).min(1, 'Kies minstens één dag.').max(7),
    ...timeRange,
    validFrom: planDate,
    validUntil: planDate.nullable().default(null),
    skipClosed: z.boolean().default(true),
    needs: z.array(need).min(1, 'Geef aan wie er nodig zijn.').max(20),
  })
  .refine(endAfterStart, endMessage)
  .refine((v) => v.validUntil === null || v.validUntil >= v.validFrom, {
    message: 'De einddatum mag niet voor de begindatum liggen.',
    path: ['validUntil'],
  });
export const templateUpdate = z.object({ id, active: z.boolean().default(true) }).and(templateInput);

export const generateInput = z
  .object({ from: isoDate, to: isoDate, templateId: id.nullable().default(null) })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 366, {
    message: 'Maak diensten voor hoogstens een jaar tegelijk.',
    path: ['to'],
  });

export const shiftInput = z
  .object({
    title: requiredText('Titel', 120),
    date: planDate,
    ...timeRange,
    bookingId: id.nullable().default(null),
    needs: z.array(need).max(20).default([]),
    notes: optionalText('Notities', 1000),
  })
  .refine(endAfterStart, endMessage);
export const shiftUpdate = z.object({ id, cancelled: z.boolean().default(false) }).and(shiftInput);

export const rangeInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { message: 'De einddatum mag niet voor de begindatum liggen.', path: ['to'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 92, {
    message: 'Kies een periode van hoogstens drie maanden.',
    path: ['to'],
  });

export const assignInput = z.object({
  shiftId: id,
  volunteerId: id,
  roleId: id,
  waitlist: z.boolean().default(false),
  confirmWarnings: z.boolean().default(false),
  /** Cover: the assignment this volunteer takes over, signed off in the same save. */
  replacesAssignmentId: id.nullable().default(null),
});

const stamp = planDateTime('Vul een tijdstip in.');
export const assignmentUpdate = z
  .object({
    id,
    status: z.enum(ASSIGNMENT_STATUSES),
    actualStart: stamp.nullable().default(null),
    actualEnd: stamp.nullable().default(null),
    noShow: z.boolean().default(false),
    noShowReason: optionalText('Reden', 300),
    confirmWarnings: z.boolean().default(false),
  })
  .refine((v) => !v.actualStart || !v.actualEnd || v.actualStart < v.actualEnd, {
    message: 'Het einde moet na het begin liggen.',
    path: ['actualEnd'],
  })
  .refine((v) => !v.noShow || v.noShowReason.trim() !== '', {
    message: 'Geef een reden bij niet verschenen.',
    path: ['noShowReason'],
  });

export const hoursInput = z.object({
  volunteerId: id,
  date: planDate,
  minutes: z
    // The form asks for hours (2,5 uur) and sends minutes: the messages speak of what the person typed.
    .number({ error: 'Vul het aantal uren in.' })
    .int('Vul hele minuten in.')
    .min(1, 'Vul meer dan 0 uur in.')
    .max(1440, 'Hoogstens 24 uur op een dag.'),
  description: requiredText('Omschrijving', 200),
});

export const allowanceInput = z.object({
  volunteerId: id,
  paidOn: planDate,
  amountCents: z
    .number({ error: 'Vul een bedrag in.' })
    .int('Vul het bedrag in hele centen in.')
    .min(1, 'Het bedrag moet positief zijn.')
    .max(10_000_00, 'Dit bedrag is te hoog voor een vrijwilligersvergoeding.'),
  description: optionalText('Omschrijving', 200),
});
export const allowanceLimitInput = z.object({
  year: planYear,
  yearlyCents: z.number().int().min(1, 'Het bedrag moet positief zijn.'),
  monthlyCents: z.number().int().min(1, 'Het bedrag moet positief zijn.'),
});

export const yearInput = z.object({
  year: z
    .number({ error: 'Vul een jaartal in.' })
    .int()
    .min(2000, 'Kies een jaar vanaf 2000.')
    .max(2100, 'Kies een jaar tot 2100.'),
});
