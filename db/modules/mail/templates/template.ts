import type { MailPersonKind } from '../outbox';

/** One wording of a template: a subject and a plain-text body with {{ placeholders }} (Liquid). */
export interface Wording {
  subject: string;
  body: string;
}

/**
 * A message the house sends on an event or from a job. The shipped wording is B1 Dutch and English; the
 * beheerder may switch it off or reword it (mail_templates), with only the placeholders listed here.
 */
export interface MailTemplate {
  /** 'boeking.bevestiging', 'dienst.herinnering' …: stored in mail_templates and in the outbox's reason. */
  key: string;
  audience: MailPersonKind;
  /** Service messages (invoice, decision letter) go out regardless of a person's reminder choice. */
  service: boolean;
  /** The template's name on the settings screen, made with msg() (both languages). */
  title: string;
  /** When it is sent, in one line for the settings screen. */
  when: string;
  /** The placeholders the wording may use, with what each holds (shown beside the editor). */
  placeholders: Readonly<Record<string, string>>;
  nl: Wording;
  en: Wording;
}

export function defineTemplates<const T extends readonly MailTemplate[]>(templates: T): T {
  return templates;
}
