import { z } from '../../contract/zod';
import { msg, id, optionalText, requiredText } from '../../contract/fields';

/** Standard layouts; a house may add its own names. */
export const LAYOUTS = ['theater', 'vergadering', 'cabaret', 'carre', 'school', 'receptie', 'kring'] as const;
export const FACILITIES = [
  'beamer',
  'scherm',
  'geluid',
  'wifi',
  'whiteboard',
  'keuken',
  'koffie',
  'piano',
  'spiegelwand',
  'sportmatten',
  'kinderspeelgoed',
  'invalidentoilet',
] as const;

const layoutCapacity = z.object({
  layout: requiredText(msg('Opstelling', 'Layout'), 40),
  capacity: z
    .number({ error: msg('Vul een aantal personen in.', 'Fill in a number of people.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 persoon.', 'At least 1 person.'))
    .max(2000, msg('Hoogstens 2000 personen.', 'At most 2000 people.')),
});

export const roomInput = z
  .object({
    name: requiredText(msg('Naam', 'Name'), 80),
    description: optionalText(msg('Omschrijving', 'Description'), 1000),
    floor: optionalText(msg('Verdieping', 'Floor'), 40),
    areaM2: z
      .number()
      .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
      .min(1, msg('Minstens 1 m².', 'At least 1 m².'))
      .max(5000, msg('Hoogstens 5000 m².', 'At most 5000 m².'))
      .nullable()
      .default(null),
    layouts: z.array(layoutCapacity).max(20, msg('Hoogstens 20 opstellingen.', 'At most 20 layouts.')).default([]),
    facilities: z
      .array(requiredText(msg('Voorziening', 'Facility'), 40))
      .max(40)
      .default([]),
    wheelchairAccessible: z.boolean().default(false),
    changeoverMinutes: z
      .number({ error: msg('Vul een aantal minuten in.', 'Fill in a number of minutes.') })
      .int(msg('Vul een heel aantal minuten in.', 'Fill in a whole number of minutes.'))
      .min(0, msg('De tijd tussen boekingen kan niet negatief zijn.', 'The time between bookings cannot be negative.'))
      .max(240, msg('Hoogstens 240 minuten tussen boekingen.', 'At most 240 minutes between bookings.'))
      .default(0),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, msg('Kies een kleur als #RRGGBB.', 'Choose a colour as #RRGGBB.'))
      .default('#1c7ed6'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.layouts.forEach((l, i) => {
      const key = l.layout.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['layouts', i, 'layout'],
          message: msg('Deze opstelling staat er al.', 'This layout is already listed.'),
        });
      seen.add(key);
    });
  });
export type RoomInput = z.input<typeof roomInput>;

export const roomUpdate = z.object({ id }).and(roomInput);
export const roomId = z.object({ id });
export const roomList = z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false });
