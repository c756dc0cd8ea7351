import type { Db } from '../../platform/database';
import { method, type Ctx } from '../../contract/method';
import type { z } from '../../contract/zod';
import { addDays, localDate } from '../../platform/clock';
import { ApiError } from '../../platform/errors';
import { msg, type Lang } from '../../platform/messages';
import { isRecorder } from '../budget/shared';
import { enqueueMail, type MailPersonKind } from './outbox';
import { choicesOf } from './templates/send';
import { textToHtml } from './templates/render';
import { nextGroupId } from './groupId';
import { groupInput, groupSendInput, type GroupAudience } from './groupSchemas';

/**
 * Group messages: one text to a group, each recipient their own message (one outbox row each, tied by group_id),
 * so nobody sees another's address. The recipients the sender previews are exactly those the send queues.
 */

export interface GroupRecipient {
  personKind: MailPersonKind;
  personId: number;
  name: string;
  email: string;
  language: Lang;
  /** Why nothing goes to this person: no address, or no optional messages wanted. */
  skipped: 'geen_adres' | 'wil_geen' | null;
}

type Query = z.output<typeof groupInput>;

function people(db: Db, q: Query, today: string): { id: number; name: string; email: string }[] {
  if (q.audience === 'vrijwilligers')
    return db
      .prepare(
        `SELECT v.id, v.name, v.email FROM volunteers v WHERE v.status = 'actief'
         AND (? IS NULL OR EXISTS (SELECT 1 FROM volunteer_role_links l WHERE l.volunteer_id = v.id AND l.role_id = ?))
         ORDER BY v.name COLLATE NOCASE, v.id`,
      )
      .all(q.roleId, q.roleId) as { id: number; name: string; email: string }[];
  if (q.audience === 'huurders')
    return db
      .prepare(
        `SELECT r.id, CASE WHEN r.contact_person <> '' THEN r.contact_person || ' (' || r.name || ')' ELSE r.name END AS name, r.email
         FROM renters r WHERE EXISTS (SELECT 1 FROM bookings b WHERE b.renter_id = r.id AND b.status <> 'geannuleerd'
           AND b.start < ? AND b.end > ?)
         ORDER BY r.name COLLATE NOCASE, r.id`,
      )
      .all(`${addDays(q.to!, 1)}T00:00`, `${q.from!}T00:00`) as { id: number; name: string; email: string }[];
  return db
    .prepare(
      `SELECT id, name, email FROM committee_members WHERE term_from <= ? AND (term_to IS NULL OR term_to >= ?)
       ORDER BY name COLLATE NOCASE, id`,
    )
    .all(today, today) as { id: number; name: string; email: string }[];
}

const KIND: Record<GroupAudience, MailPersonKind> = {
  vrijwilligers: 'vrijwilliger',
  huurders: 'huurder',
  commissie: 'commissielid',
};

export function groupRecipients(db: Db, q: Query, today: string): GroupRecipient[] {
  const personKind = KIND[q.audience];
  return people(db, q, today).map((p) => {
    const choices = choicesOf(db, { kind: personKind, id: p.id });
    const email = p.email.trim();
    return {
      personKind,
      personId: p.id,
      name: p.name,
      email,
      language: choices.language,
      skipped: !email ? 'geen_adres' : !q.service && !choices.reminders ? 'wil_geen' : null,
    };
  });
}

/** Volunteers: the coördinator (and beheerder); renters: the beheerder; the committee: its secretary or the beheerder. */
function assertMayMail(ctx: Ctx, q: Query): void {
  const role = ctx.actor?.role;
  const allowed =
    q.audience === 'vrijwilligers'
      ? role === 'beheerder' || role === 'coordinator'
      : q.audience === 'huurders'
        ? role === 'beheerder'
        : isRecorder(ctx);
  if (!allowed)
    throw new ApiError(
      'FORBIDDEN',
      q.audience === 'vrijwilligers'
        ? msg(
            'Alleen de coördinator of de beheerder mailt de vrijwilligers.',
            'Only the coördinator or the administrator mails the volunteers.',
          )
        : q.audience === 'huurders'
          ? msg('Alleen de beheerder mailt de huurders.', 'Only the administrator mails the renters.')
          : msg(
              'Alleen de secretaris van de commissie of de beheerder mailt de commissie.',
              'Only the committee’s secretary or the administrator mails the committee.',
            ),
    );
  if (q.roleId !== null && !ctx.db.prepare('SELECT 1 FROM volunteer_roles WHERE id = ?').get(q.roleId))
    throw ApiError.field('roleId', msg('Kies een bestaande rol.', 'Choose an existing role.'));
}
const GROUP_ACCESS = ['beheerder', 'coordinator', 'commissie'] as const;

export const groupMethods = {
  'mail.groupRecipients': method({
    description:
      'Groepsbericht, vooraf: wie het krijgt (actieve vrijwilligers, eventueel van één rol; huurders met een boeking in een periode; de zittende commissie), en wie niet: geen e-mailadres, of wil geen berichten die niet nodig zijn. Vrijwilligers: coördinator of beheerder; huurders: beheerder; commissie: secretaris of beheerder.',
    access: GROUP_ACCESS,
    mode: 'read',
    input: groupInput,
    handler: (ctx, q) => {
      assertMayMail(ctx, q);
      return groupRecipients(ctx.db, q, localDate(ctx.clock.now()));
    },
  }),
  'mail.groupSend': method({
    description:
      'Verstuurt een groepsbericht: elke ontvanger krijgt een eigen bericht (één rij in de postvak-uit per persoon, met hetzelfde groepsnummer), zonder de adressen van anderen. Wie geen optionele berichten wil, krijgt het alleen als het een mededeling voor iedereen is (service).',
    access: GROUP_ACCESS,
    mode: 'write',
    input: groupSendInput,
    handler: (ctx, input) => {
      assertMayMail(ctx, input);
      const recipients = groupRecipients(ctx.db, input, localDate(ctx.clock.now()));
      const sending = recipients.filter((r) => r.skipped === null);
      if (!sending.length)
        throw ApiError.field(
          'audience',
          msg(
            'Niemand in deze groep kan dit bericht krijgen: niemand heeft een e-mailadres, of niemand wil deze berichten.',
            'Nobody in this group can get this message: nobody has an email address, or nobody wants these messages.',
          ),
        );
      const groupId = nextGroupId(ctx.db);
      for (const r of sending)
        enqueueMail(ctx.db, ctx.clock, {
          to: { address: r.email, name: r.name },
          language: r.language,
          subject: input.subject,
          text: `${input.text}\n`,
          html: textToHtml(input.text, r.language),
          reason: 'groep',
          service: input.service,
          person: { kind: r.personKind, id: r.personId },
          groupId,
          createdBy: ctx.actor?.name ?? '',
        });
      ctx.audit({
        entity: 'mail',
        entityId: groupId,
        summary: `Groepsbericht aan ${input.audience}: ${sending.length} bericht(en), ${recipients.length - sending.length} niet verstuurd`,
      });
      return {
        groupId,
        queued: sending.length,
        withoutAddress: recipients.filter((r) => r.skipped === 'geen_adres').length,
        optedOut: recipients.filter((r) => r.skipped === 'wil_geen').length,
      };
    },
  }),
};
