import { z } from '../../contract/zod';
import { id, isVisibleText, INVISIBLE_CHARACTER_MESSAGE, optionalEmail, optionalText } from '../../contract/fields';
import { msg } from '../../platform/messages';

export const MAIL_SECURITY = ['tls', 'starttls', 'geen'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

export const MAIL_STATES = ['wacht', 'versturen', 'verstuurd', 'mislukt', 'geannuleerd'] as const;
export type MailState = (typeof MAIL_STATES)[number];

/** A name the mail server is known by: letters, digits, dots and dashes, or an IP address. */
const HOST =
  /^(\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:]+:[0-9a-fA-F:.]*|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$/;

/** A server on this computer itself: the only place a connection without encryption may go. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NOT_AN_ADDRESS = msg('Dit is geen geldig e-mailadres.', 'This is not a valid email address.');

/** An address that must be filled in (the test message's recipient). */
export const requiredEmail = z
  .string({ error: msg('Vul een e-mailadres in.', 'Fill in an email address.') })
  .trim()
  .min(1, msg('Vul een e-mailadres in.', 'Fill in an email address.'))
  .max(200)
  .refine((s) => EMAIL.test(s), NOT_AN_ADDRESS)
  .refine((s) => isVisibleText(s), INVISIBLE_CHARACTER_MESSAGE);

export const accountInput = z
  .object({
    host: z
      .string()
      .trim()
      .max(253)
      .refine(
        (s) => s === '' || HOST.test(s),
        msg(
          'Vul de naam van de mailserver in, zoals smtp.voorbeeld.nl (alleen letters, cijfers, punten en streepjes).',
          'Fill in the name of the mail server, such as smtp.example.com (letters, digits, dots and dashes only).',
        ),
      )
      .default(''),
    port: z
      .number({ error: msg('Vul een poort in, meestal 587 of 465.', 'Fill in a port, usually 587 or 465.') })
      .int()
      .min(1, msg('Een poort ligt tussen 1 en 65535.', 'A port lies between 1 and 65535.'))
      .max(65535, msg('Een poort ligt tussen 1 en 65535.', 'A port lies between 1 and 65535.')),
    security: z.enum(MAIL_SECURITY, {
      error: msg('Kies TLS, STARTTLS of geen versleuteling.', 'Choose TLS, STARTTLS or no encryption.'),
    }),
    username: optionalText(msg('Gebruikersnaam', 'User name'), 200),
    /** A new password; left out (or empty) keeps the one that is stored. */
    password: z.string().max(500).optional(),
    /** Removes the stored password (a server that needs no login). */
    forgetPassword: z.boolean().default(false),
    fromName: optionalText(msg('Naam afzender', 'Sender name'), 100),
    fromAddress: optionalEmail,
    replyTo: optionalEmail,
    perMinute: z
      .number({ error: msg('Vul een aantal per minuut in.', 'Fill in a number per minute.') })
      .int()
      .min(1, msg('Minstens 1 bericht per minuut.', 'At least 1 message a minute.'))
      .max(10000, msg('Hoogstens 10000 berichten per minuut.', 'At most 10000 messages a minute.'))
      .default(60),
    enabled: z.boolean().default(false),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.security === 'geen' && a.host !== '' && !isLoopbackHost(a.host))
      ctx.addIssue({
        code: 'custom',
        path: ['security'],
        message: msg(
          'Zonder versleuteling mag alleen een mailserver op deze computer zelf (localhost of 127.0.0.1). Kies TLS of STARTTLS: anders gaan wachtwoord en berichten leesbaar over het netwerk.',
          'Without encryption only a mail server on this computer itself is allowed (localhost or 127.0.0.1). Choose TLS or STARTTLS: otherwise password and messages travel readable over the network.',
        ),
      });
    if (a.enabled && a.host === '')
      ctx.addIssue({
        code: 'custom',
        path: ['host'],
        message: msg(
          'Vul de mailserver in voordat je het versturen aanzet.',
          'Fill in the mail server before you turn sending on.',
        ),
      });
    if (a.enabled && a.fromAddress === '')
      ctx.addIssue({
        code: 'custom',
        path: ['fromAddress'],
        message: msg(
          'Vul het adres van de afzender in voordat je het versturen aanzet.',
          'Fill in the sender address before you turn sending on.',
        ),
      });
  });
export type AccountInput = z.output<typeof accountInput>;

export const testMailInput = z.object({ to: requiredEmail }).strict();

export const OUTBOX_BOXES = ['postvak', 'verzonden'] as const;
export const outboxListInput = z
  .object({
    /** postvak: wacht, versturen, mislukt and geannuleerd; verzonden: the sent log. */
    box: z.enum(OUTBOX_BOXES).default('postvak'),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()
  .default({ box: 'postvak', limit: 50, offset: 0 });

export const messageInput = z.object({ id }).strict();
