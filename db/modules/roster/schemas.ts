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
  END_BEFORE_START,
} from '../../contract/fields';
import { DAYPARTS } from '../beheer/schemas';
import { msg } from '../../platform/messages';

export const VOLUNTEER_STATUSES = ['actief', 'pauze', 'gestopt'] as const;
export const CERTIFICATE_KINDS = ['vog', 'bhv', 'ehbo', 'training'] as const;
export const ASSIGNMENT_STATUSES = ['ingepland', 'wachtlijst', 'afgemeld'] as const;

const weekday = z
  .number()
  .int()
  .min(1, msg('Kies een dag.', 'Choose a day.'))
  .max(7, msg('Kies een dag.', 'Choose a day.'));

export const volunteerInput = z
  .object({
    name: requiredText(msg('Naam', 'Name'), 120),
    phone: optionalPhone,
    email: optionalEmail,
    dateOfBirth: isoDate.nullable().default(null),
    address: optionalText(msg('Adres', 'Address'), 300),
    languages: z
      .array(requiredText(msg('Taal', 'Language'), 40))
      .max(20)
      .default([]),
    roleIds: z.array(id).max(30).default([]),
    availability: z
      .array(z.object({ weekday, daypart: z.enum(DAYPARTS) }))
      .max(21)
      .default([]),
    startDate: isoDate,
    emergencyContact: optionalText(msg('Contact bij nood', 'Emergency contact'), 200),
    tegenprestatie: z.boolean().default(false),
    tegenprestatieHours: z
      .number()
      .int(msg('Vul hele uren in.', 'Fill in whole hours.'))
      .min(0, msg('Het aantal uren kan niet negatief zijn.', 'The number of hours cannot be negative.'))
      .max(40, msg('Hoogstens 40 uur per week.', 'At most 40 hours a week.'))
      .default(0),
    notes: optionalText(msg('Notities', 'Notes'), 2000),
    status: z
      .enum(VOLUNTEER_STATUSES, { error: msg('Kies actief, pauze of gestopt.', 'Choose active, paused or stopped.') })
      .default('actief'),
    consentOn: isoDate.nullable().default(null),
    consentPurpose: optionalText(msg('Toestemming voor', 'Consent for'), 300),
  })
  .refine((v) => !v.tegenprestatie || v.tegenprestatieHours > 0, {
    message: msg(
      'Geef het aantal uren per week van de tegenprestatie.',
      'Give the number of hours a week of the benefit obligation.',
    ),
    path: ['tegenprestatieHours'],
  })
  .refine((v) => v.consentOn === null || v.consentPurpose.trim() !== '', {
    message: msg('Waarvoor is toestemming gegeven?', 'What was consent given for?'),
    path: ['consentPurpose'],
  });
/** `signOffComingShifts`: with pauze or gestopt, also sign the volunteer off every shift from now on. */
export const volunteerUpdate = z.object({ id, signOffComingShifts: z.boolean().default(false) }).and(volunteerInput);
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
  name: requiredText(msg('Naam', 'Name'), 60),
  needsVog: z.boolean().default(false),
  isKeyHolder: z.boolean().default(false),
});
export const roleUpdate = z.object({ id, active: z.boolean().default(true) }).and(roleInput);

export const certificateInput = z
  .object({
    volunteerId: id,
    kind: z.enum(CERTIFICATE_KINDS, {
      error: msg(
        'Kies VOG, BHV, EHBO of training.',
        'Choose VOG (certificate of conduct), BHV (emergency response), EHBO (first aid) or training.',
      ),
    }),
    name: optionalText(msg('Naam', 'Name'), 120),
    issuedOn: isoDate.nullable().default(null),
    expiresOn: isoDate.nullable().default(null),
    seenOn: isoDate.nullable().default(null),
    seenBy: optionalText(msg('Gezien door', 'Seen by'), 120),
    notes: optionalText(msg('Notities', 'Notes'), 500),
  })
  .superRefine((v, ctx) => {
    if (v.issuedOn && v.expiresOn && v.expiresOn < v.issuedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: msg('De vervaldatum ligt voor de datum van afgifte.', 'The expiry date is before the date of issue.'),
      });
    if (v.kind === 'vog') {
      if (!v.seenOn)
        ctx.addIssue({
          code: 'custom',
          path: ['seenOn'],
          message: msg(
            'Vul in wanneer het originele VOG is gezien (bewaar nooit een kopie).',
            'Fill in when the original VOG (certificate of conduct) was seen (never keep a copy).',
          ),
        });
      if (!v.seenBy.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['seenBy'],
          message: msg(
            'Vul in wie het originele VOG heeft gezien.',
            'Fill in who saw the original VOG (certificate of conduct).',
          ),
        });
    }
    if ((v.kind === 'bhv' || v.kind === 'ehbo') && !v.expiresOn)
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: msg(
          'Een BHV- of EHBO-diploma heeft een vervaldatum.',
          'A BHV (emergency response) or EHBO (first aid) certificate has an expiry date.',
        ),
      });
    if (v.kind === 'training' && !v.name.trim())
      ctx.addIssue({ code: 'custom', path: ['name'], message: msg('Welke training?', 'Which training?') });
  });
export const certificateUpdate = z.object({ id }).and(certificateInput);

export const absenceInput = z
  .object({ volunteerId: id, fromDate: planDate, toDate: planDate, reason: optionalText(msg('Reden', 'Reason'), 200) })
  .refine((v) => v.fromDate <= v.toDate, {
    message: END_BEFORE_START,
    path: ['toDate'],
  });

const need = z.object({
  roleId: id,
  count: z
    .number({ error: msg('Vul een aantal in.', 'Fill in a number.') })
    .int(msg('Vul een heel aantal in.', 'Fill in a whole number.'))
    .min(0, msg('Het aantal kan niet negatief zijn.', 'The number cannot be negative.'))
    .max(50, msg('Hoogstens 50.', 'At most 50.')),
});

const timeRange = { startTime: clockTime, endTime: clockTime };
const endAfterStart = (v: { startTime: string; endTime: string }) => v.startTime < v.endTime;
const endMessage = {
  message: msg('De dienst moet eindigen na het begin.', 'The shift must end after it starts.'),
  path: ['endTime'],
};

export const templateInput = z
  .object({
    name: requiredText(msg('Naam', 'Name'), 120),
    weekdays: z.array(weekday).min(1, msg('Kies minstens één dag.', 'Choose at least one day.')).max(7),
    ...timeRange,
    validFrom: planDate,
    validUntil: planDate.nullable().default(null),
    skipClosed: z.boolean().default(true),
    needs: z.array(need).min(1, msg('Geef aan wie er nodig zijn.', 'Say who is needed.')).max(20),
  })
  .refine(endAfterStart, endMessage)
  .refine((v) => v.validUntil === null || v.validUntil >= v.validFrom, {
    message: END_BEFORE_START,
    path: ['validUntil'],
  });
export const templateUpdate = z.object({ id, active: z.boolean().default(true) }).and(templateInput);

export const generateInput = z
  .object({ from: isoDate, to: isoDate, templateId: id.nullable().default(null) })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 366, {
    message: msg('Maak diensten voor hoogstens een jaar tegelijk.', 'Make shifts for at most one year at a time.'),
    path: ['to'],
  });

export const shiftInput = z
  .object({
    title: requiredText(msg('Titel', 'Title'), 120),
    date: planDate,
    ...timeRange,
    bookingId: id.nullable().default(null),
    needs: z.array(need).max(20).default([]),
    notes: optionalText(msg('Notities', 'Notes'), 1000),
  })
  .refine(endAfterStart, endMessage);
export const shiftUpdate = z.object({ id, cancelled: z.boolean().default(false) }).and(shiftInput);

export const rangeInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, {
    message: END_BEFORE_START,
    path: ['to'],
  })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 92, {
    message: msg('Kies een periode van hoogstens drie maanden.', 'Choose a period of at most three months.'),
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

const stamp = planDateTime(msg('Vul een tijdstip in.', 'Fill in a time.'));
export const assignmentUpdate = z
  .object({
    id,
    status: z.enum(ASSIGNMENT_STATUSES),
    actualStart: stamp.nullable().default(null),
    actualEnd: stamp.nullable().default(null),
    noShow: z.boolean().default(false),
    noShowReason: optionalText(msg('Reden', 'Reason'), 300),
    confirmWarnings: z.boolean().default(false),
  })
  .refine((v) => !v.actualStart || !v.actualEnd || v.actualStart < v.actualEnd, {
    message: msg('Het einde moet na het begin liggen.', 'The end must be after the start.'),
    path: ['actualEnd'],
  })
  .refine((v) => !v.noShow || v.noShowReason.trim() !== '', {
    message: msg('Geef een reden bij niet verschenen.', 'Give a reason for not showing up.'),
    path: ['noShowReason'],
  });

export const hoursInput = z.object({
  volunteerId: id,
  date: planDate,
  minutes: z
    // The form asks for hours (2,5 uur) and sends minutes: the messages speak of what the person typed.
    .number({ error: msg('Vul het aantal uren in.', 'Fill in the number of hours.') })
    .int(msg('Vul hele minuten in.', 'Fill in whole minutes.'))
    .min(1, msg('Vul meer dan 0 uur in.', 'Fill in more than 0 hours.'))
    .max(1440, msg('Hoogstens 24 uur op een dag.', 'At most 24 hours in a day.')),
  description: requiredText(msg('Omschrijving', 'Description'), 200),
});

export const allowanceInput = z.object({
  volunteerId: id,
  paidOn: planDate,
  amountCents: z
    .number({ error: msg('Vul een bedrag in.', 'Fill in an amount.') })
    .int(msg('Vul het bedrag in hele centen in.', 'Fill in the amount in whole cents.'))
    .min(1, msg('Het bedrag moet positief zijn.', 'The amount must be positive.'))
    .max(
      10_000_00,
      msg(
        'Dit bedrag is te hoog voor een vrijwilligersvergoeding.',
        'This amount is too high for a volunteer allowance.',
      ),
    ),
  description: optionalText(msg('Omschrijving', 'Description'), 200),
});
export const allowanceLimitInput = z.object({
  year: planYear,
  yearlyCents: z.number().int().min(1, msg('Het bedrag moet positief zijn.', 'The amount must be positive.')),
  monthlyCents: z.number().int().min(1, msg('Het bedrag moet positief zijn.', 'The amount must be positive.')),
});

export const yearInput = z.object({
  year: z
    .number({ error: msg('Vul een jaartal in.', 'Fill in a year.') })
    .int()
    .min(2000, msg('Kies een jaar vanaf 2000.', 'Choose a year from 2000.'))
    .max(2100, msg('Kies een jaar tot 2100.', 'Choose a year up to 2100.')),
});
