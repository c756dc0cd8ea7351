import { z } from '../../contract/zod';
import { id, optionalText, requiredText } from '../../contract/fields';

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
  layout: requiredText('Opstelling', 40),
  capacity: z
    .number({ error: 'Vul een aantal personen in.' })
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 persoon.')
    .max(2000, 'Hoogstens 2000 personen.'),
});

export const roomInput = z
  .object({
    name: requiredText('Naam', 80),
    description: optionalText('Omschrijving', 1000),
    floor: optionalText('Verdieping', 40),
    areaM2: z
      .number()
      .int('Vul een heel getal in.')
      .min(1, 'Minstens 1 m².')
      .max(5000, 'Hoogstens 5000 m².')
      .nullable()
      .default(null),
    layouts: z.array(layoutCapacity).max(20, 'Hoogstens 20 opstellingen.').default([]),
    facilities: z.array(requiredText('Voorziening', 40)).max(40).default([]),
    wheelchairAccessible: z.boolean().default(false),
    changeoverMinutes: z
      .number({ error: 'Vul een aantal minuten in.' })
      .int('Vul een heel aantal minuten in.')
      .min(0, 'De tijd tussen boekingen kan niet negatief zijn.')
      .max(240, 'Hoogstens 240 minuten tussen boekingen.')
      .default(0),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Kies een kleur als #RRGGBB.')
      .default('#1c7ed6'),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.layouts.forEach((l, i) => {
      const key = l.layout.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['layouts', i, 'layout'], message: 'Deze opstelling staat er al.' });
      seen.add(key);
    });
  });
export type RoomInput = z.input<typeof roomInput>;

export const roomUpdate = z.object({ id }).and(roomInput);
export const roomId = z.object({ id });
export const roomList = z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false });
