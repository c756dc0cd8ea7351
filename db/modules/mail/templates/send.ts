import type { Db } from '../../../platform/database';
import type { Clock } from '../../../platform/clock';
import type { Lang } from '../../../platform/messages';
import { enqueueMail, type MailPersonKind, type OutgoingAttachment } from '../outbox';
import { renderWording } from './render';
import type { MailTemplate, Wording } from './template';

/** Placeholders every template may use besides its own: the house's name and how to reach it. */
export const HOUSE_PLACEHOLDERS = ['huis', 'huis_telefoon', 'huis_email'] as const;

export interface TemplateSend {
  to: { address: string; name?: string };
  person?: { kind: MailPersonKind; id: number };
  related?: { entity: string; id: number };
  values: Readonly<Record<string, unknown>>;
  attachments?: readonly OutgoingAttachment[];
  createdBy?: string;
  groupId?: number;
  /** When the caller knows it; otherwise the person's choice (mail_choices), else Dutch. */
  language?: Lang;
}

interface Stored {
  enabled: number;
  subject_nl: string | null;
  body_nl: string | null;
  subject_en: string | null;
  body_en: string | null;
}

/** The template's wording in a language: the beheerder's own when saved, else the shipped one. */
export function wordingOf(db: Db, template: MailTemplate, language: Lang): Wording & { enabled: boolean } {
  const row = db
    .prepare('SELECT enabled, subject_nl, body_nl, subject_en, body_en FROM mail_templates WHERE key = ?')
    .get(template.key) as Stored | undefined;
  const shipped = template[language];
  return {
    enabled: row ? row.enabled === 1 : true,
    subject: (language === 'en' ? row?.subject_en : row?.subject_nl) ?? shipped.subject,
    body: (language === 'en' ? row?.body_en : row?.body_nl) ?? shipped.body,
  };
}

/** A person's mail choices; someone never asked wants Dutch and the reminders (the default of mail_choices). */
export function choicesOf(
  db: Db,
  person: { kind: MailPersonKind; id: number } | undefined,
): { language: Lang; reminders: boolean } {
  const row = person
    ? (db
        .prepare('SELECT language, reminders FROM mail_choices WHERE person_kind = ? AND person_id = ?')
        .get(person.kind, person.id) as { language: Lang; reminders: number } | undefined)
    : undefined;
  return { language: row?.language ?? 'nl', reminders: row ? row.reminders === 1 : true };
}

export function houseValues(db: Db): Record<(typeof HOUSE_PLACEHOLDERS)[number], string> {
  const row = db.prepare('SELECT name, phone, email FROM building WHERE id = 1').get() as
    { name: string; phone: string; email: string } | undefined;
  return { huis: row?.name ?? '', huis_telefoon: row?.phone ?? '', huis_email: row?.email ?? '' };
}

/**
 * Queues one message from a template, in the caller's transaction. Returns the outbox id, or null when nothing
 * is sent: no address, the template switched off, or an optional message for someone who does not want those.
 */
export function sendTemplate(db: Db, clock: Clock, template: MailTemplate, send: TemplateSend): number | null {
  const address = send.to.address.trim();
  if (!address) return null;
  const choices = choicesOf(db, send.person);
  if (!template.service && !choices.reminders) return null;
  const language = send.language ?? choices.language;
  const wording = wordingOf(db, template, language);
  if (!wording.enabled) return null;
  const rendered = renderWording(wording, { ...houseValues(db), ...send.values }, language);
  return enqueueMail(db, clock, {
    to: { address, name: send.to.name },
    language,
    ...rendered,
    reason: template.key,
    service: template.service,
    related: send.related,
    person: send.person,
    groupId: send.groupId,
    attachments: send.attachments,
    createdBy: send.createdBy,
  });
}
