import { id, msg, optionalText } from '../../contract/fields';
import { z } from '../../contract/zod';

/** The people whose mail choices are recorded: the kinds of mail_choices. */
export const MAIL_CHOICE_KINDS = ['vrijwilliger', 'huurder', 'aanvrager', 'commissielid', 'gebruiker'] as const;
export type MailChoiceKind = (typeof MAIL_CHOICE_KINDS)[number];

export const MAIL_LANGUAGES = ['nl', 'en'] as const;

export const mailChoicesQuery = z.object({
  personKind: z.enum(MAIL_CHOICE_KINDS, { error: msg('Kies een soort persoon.', 'Choose a kind of person.') }),
  personId: id,
});

export const mailChoicesInput = mailChoicesQuery.extend({
  language: z.enum(MAIL_LANGUAGES, { error: msg('Kies Nederlands of Engels.', 'Choose Dutch or English.') }),
  reminders: z.boolean({ error: msg('Kies ja of nee.', 'Choose yes or no.') }),
  /** Why the address is used; empty means the usual purpose for this kind of person. */
  purpose: optionalText(msg('Doel', 'Purpose'), 300),
});
