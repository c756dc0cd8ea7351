import type { Db } from '../../platform/database';
import { method, type Ctx } from '../../contract/method';
import { localDateTime } from '../../platform/clock';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { personRef } from '../../contract/audit';
import { mailChoicesInput, mailChoicesQuery, type MailChoiceKind } from './choicesSchemas';

/**
 * A person's mail choices (mail_choices): the language of their mail and whether they want optional messages
 * (reminders), recorded with the purpose, when and by whom. Service messages (invoice, decision letter, a changed
 * shift) do not ask.
 */

/** Where each kind of person lives, who may read and who may record their choices, and the usual purpose. */
const KINDS: Record<
  MailChoiceKind,
  { table: string; read: readonly string[]; write: readonly string[]; purpose: string; ref: string }
> = {
  vrijwilliger: {
    table: 'volunteers',
    read: ['beheerder', 'coordinator'],
    write: ['beheerder', 'coordinator'],
    purpose: 'Rooster, wijzigingen van diensten, herinneringen en certificaten',
    ref: 'Vrijwilliger',
  },
  huurder: {
    table: 'renters',
    read: ['beheerder', 'coordinator'],
    write: ['beheerder'],
    purpose: 'Bevestigingen en wijzigingen van boekingen, herinneringen, facturen',
    ref: 'Huurder',
  },
  aanvrager: {
    table: 'budget_applications',
    read: ['beheerder'],
    write: ['beheerder'],
    purpose: 'Berichten over de aanvraag, het besluit, betalingen en de verantwoording',
    ref: 'Aanvraag',
  },
  commissielid: {
    table: 'committee_members',
    read: ['beheerder'],
    write: ['beheerder'],
    purpose: 'Uitnodigingen voor vergaderingen, agenda en notulen',
    ref: 'Commissielid',
  },
  gebruiker: {
    table: 'users',
    read: ['beheerder'],
    write: ['beheerder'],
    purpose: 'Meldingen over het werk in Wijkhuis (zoals certificaten die verlopen)',
    ref: 'Gebruiker',
  },
};

export interface MailChoices {
  language: 'nl' | 'en';
  reminders: boolean;
  purpose: string;
  /** null: never asked; the defaults (Dutch, reminders) apply. */
  recordedAt: string | null;
  recordedBy: string;
}

export function getMailChoices(db: Db, kind: MailChoiceKind, personId: number): MailChoices {
  const row = db
    .prepare(
      'SELECT language, reminders, purpose, recorded_at AS recordedAt, recorded_by AS recordedBy FROM mail_choices WHERE person_kind = ? AND person_id = ?',
    )
    .get(kind, personId) as (Omit<MailChoices, 'reminders'> & { reminders: number }) | undefined;
  return row
    ? { ...row, reminders: row.reminders === 1 }
    : { language: 'nl', reminders: true, purpose: KINDS[kind].purpose, recordedAt: null, recordedBy: '' };
}

/** The caller may act on this person's choices: by role, and a user always on their own. */
function assertMay(ctx: Ctx, kind: MailChoiceKind, personId: number, what: 'read' | 'write'): void {
  const role = ctx.actor?.role ?? '';
  const own = kind === 'gebruiker' && ctx.actor?.id === personId;
  if (!own && !KINDS[kind][what].includes(role))
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'Je mag de e-mailkeuzes van deze persoon niet zien of wijzigen.',
        "You may not see or change this person's mail choices.",
      ),
    );
  if (!ctx.db.prepare(`SELECT 1 FROM ${KINDS[kind].table} WHERE id = ?`).get(personId))
    throw ApiError.field('personId', msg('Deze persoon bestaat niet.', 'This person does not exist.'));
}

export const choicesMethods = {
  'mail.choices': method({
    description:
      'De e-mailkeuzes van een persoon (vrijwilliger, huurder, aanvrager, commissielid, gebruiker): taal van de berichten, of hij herinneringen en andere optionele berichten wil, het doel, wanneer en door wie vastgelegd.',
    access: 'signed-in',
    mode: 'read',
    input: mailChoicesQuery,
    handler: (ctx, q) => {
      assertMay(ctx, q.personKind, q.personId, 'read');
      return getMailChoices(ctx.db, q.personKind, q.personId);
    },
  }),
  'mail.setChoices': method({
    description:
      'Legt de e-mailkeuzes van een persoon vast (taal, optionele berichten ja of nee, doel), met wanneer en door wie. Vrijwilligers: coördinator of beheerder; anderen: de beheerder; een gebruiker zijn eigen.',
    access: 'signed-in',
    mode: 'write',
    input: mailChoicesInput,
    handler: (ctx, input) => {
      assertMay(ctx, input.personKind, input.personId, 'write');
      const before = getMailChoices(ctx.db, input.personKind, input.personId);
      const purpose = input.purpose || KINDS[input.personKind].purpose;
      ctx.db
        .prepare(
          `INSERT INTO mail_choices (person_kind, person_id, language, reminders, purpose, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (person_kind, person_id) DO UPDATE SET language = excluded.language, reminders = excluded.reminders,
             purpose = excluded.purpose, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
        )
        .run(
          input.personKind,
          input.personId,
          input.language,
          input.reminders ? 1 : 0,
          purpose,
          localDateTime(ctx.clock.now()),
          ctx.actor?.name ?? '',
        );
      ctx.audit({
        entity: 'mail_choices',
        entityId: input.personId,
        summary: `E-mailkeuzes van ${personRef(KINDS[input.personKind].ref.toLowerCase(), input.personId)}: taal ${before.language} → ${input.language}, herinneringen ${before.reminders ? 'ja' : 'nee'} → ${input.reminders ? 'ja' : 'nee'}`,
      });
      return getMailChoices(ctx.db, input.personKind, input.personId);
    },
  }),
};
