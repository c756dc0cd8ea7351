import { z } from '../../contract/zod';
import { msg } from '../../platform/messages';

/** The inputs of the beheerder's template settings (templates.*), shared with the screen's forms. */

const text = (max: number, empty: string) =>
  z
    .string()
    .max(max, msg(`Hoogstens ${max} tekens.`, `At most ${max} characters.`))
    .refine((v) => v.trim().length > 0, empty);
const subject = text(200, msg('Vul een onderwerp in.', 'Fill in a subject.'));
const body = text(10_000, msg('Vul een tekst in.', 'Fill in a text.'));
const wording = z.object({ subject, body });
export const templateKey = z.string().max(100);

export const templateUpdate = z.object({ key: templateKey, enabled: z.boolean(), nl: wording, en: wording });
export const templatePreview = z.object({ key: templateKey, language: z.enum(['nl', 'en']), subject, body });
export const optionReminderInput = z.object({
  days: z
    .number({ error: msg('Vul een aantal dagen in.', 'Fill in a number of days.') })
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 dag.', 'At least 1 day.'))
    .max(30, msg('Hoogstens 30 dagen.', 'At most 30 days.')),
});
