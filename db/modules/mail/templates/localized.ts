import type { Db } from '../../../platform/database';
import type { Clock } from '../../../platform/clock';
import type { Lang } from '../../../platform/messages';
import { choicesOf, sendTemplate, type TemplateSend } from './send';
import type { MailTemplate } from './template';

/**
 * sendTemplate with values made for the reader's language (dates and amounts read differently in English):
 * the language is the person's choice, asked once here and passed on.
 */
export function sendInLanguage(
  db: Db,
  clock: Clock,
  template: MailTemplate,
  send: Omit<TemplateSend, 'values' | 'language'> & { values: (language: Lang) => Record<string, unknown> },
): number | null {
  const { language } = choicesOf(db, send.person);
  return sendTemplate(db, clock, template, { ...send, language, values: send.values(language) });
}

/** One template of a list by its key; a missing key is a programming error, found by the tests. */
export function pick<T extends { key: string }>(list: readonly T[], key: string): T {
  const found = list.find((t) => t.key === key);
  if (!found) throw new Error(`mail template ${key} is missing`);
  return found;
}

/** Whether a message of a template about a record is in the outbox already: a job sends a reminder once. */
export function alreadySent(db: Db, reason: string, entity: string, ids: readonly number[]): boolean {
  if (!ids.length) return false;
  return !!db
    .prepare(
      `SELECT 1 FROM mail_messages WHERE reason = ? AND related_entity = ? AND related_id IN (${ids.map(() => '?').join(',')}) LIMIT 1`,
    )
    .get(reason, entity, ...ids);
}
