import type { Db } from '../../platform/database';
import { localDateTime, type Clock } from '../../platform/clock';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import type { SecretBox } from '../../platform/services';
import { describeChanges, type Labels } from '../../contract/audit';
import type { AccountInput, MailSecurity } from './schemas';

export interface MailAccount {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  passwordSealed: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  perMinute: number;
  enabled: boolean;
  updatedAt: string | null;
  updatedBy: string;
}

export function readAccount(db: Db): MailAccount {
  const row = db
    .prepare(
      `SELECT host, port, security, username, password_sealed AS passwordSealed, from_name AS fromName,
         from_address AS fromAddress, reply_to AS replyTo, per_minute AS perMinute, enabled,
         updated_at AS updatedAt, updated_by AS updatedBy FROM mail_account WHERE id = 1`,
    )
    .get() as Omit<MailAccount, 'enabled'> & { enabled: number };
  return { ...row, enabled: row.enabled === 1 };
}

/** What the screen sees: never the password, only whether one is stored and where its key lives. */
export function accountView(account: MailAccount, secrets: SecretBox | undefined) {
  const { passwordSealed, ...rest } = account;
  return {
    ...rest,
    passwordSet: passwordSealed !== '',
    /** Where the password's key lives, in words; null when this program cannot store a password safely. */
    secretStore: secrets?.where ?? null,
  };
}
export type AccountView = ReturnType<typeof accountView>;

export const NO_SECRET_STORE = msg(
  'Op deze computer kan Wijkhuis geen wachtwoord veilig bewaren (er is geen beveiligde sleutelopslag). Het wachtwoord is niet opgeslagen.',
  'On this computer Wijkhuis cannot keep a password safely (there is no secure key store). The password was not saved.',
);

const LABELS: Labels<Omit<MailAccount, 'updatedAt' | 'updatedBy'>> = {
  host: 'Mailserver',
  port: 'Poort',
  security: 'Beveiliging',
  username: 'Gebruikersnaam',
  passwordSealed: { label: 'Wachtwoord', onlyMention: true },
  fromName: 'Naam afzender',
  fromAddress: { label: 'Adres afzender', personal: true },
  replyTo: { label: 'Antwoordadres', personal: true },
  perMinute: 'Berichten per minuut',
  enabled: 'Versturen aan',
};

/**
 * Saves the account. A new password is sealed by the adapter's secret store before it reaches the database; the
 * audit summary says at most "Wachtwoord gewijzigd". Without a secret store a password is refused, next to the field.
 */
export function updateAccount(
  db: Db,
  clock: Clock,
  secrets: SecretBox | undefined,
  input: AccountInput,
  by: string,
): { before: MailAccount; after: MailAccount; summary: string } {
  const before = readAccount(db);
  let sealed = input.forgetPassword ? '' : before.passwordSealed;
  if (input.password) {
    if (!secrets) throw ApiError.field('password', NO_SECRET_STORE);
    sealed = secrets.seal(input.password);
  }
  db.prepare(
    `UPDATE mail_account SET host = ?, port = ?, security = ?, username = ?, password_sealed = ?, from_name = ?,
       from_address = ?, reply_to = ?, per_minute = ?, enabled = ?, updated_at = ?, updated_by = ? WHERE id = 1`,
  ).run(
    input.host,
    input.port,
    input.security,
    input.username,
    sealed,
    input.fromName,
    input.fromAddress,
    input.replyTo,
    input.perMinute,
    input.enabled ? 1 : 0,
    localDateTime(clock.now()),
    by,
  );
  const after = readAccount(db);
  return { before, after, summary: describeChanges(before, after, LABELS) };
}

/** Why the account cannot send yet, or null when it can: the outbox shows this on every waiting message. */
export function accountProblem(account: MailAccount): string | null {
  if (!account.enabled)
    return msg(
      'Het versturen van e-mail staat uit. Zet het aan onder E-mail › E-mailaccount.',
      'Sending email is turned off. Turn it on under Email › Email account.',
    );
  if (account.host === '' || account.fromAddress === '')
    return msg(
      'Het e-mailaccount is nog niet compleet: vul de mailserver en het adres van de afzender in.',
      'The email account is not complete yet: fill in the mail server and the sender address.',
    );
  return null;
}

/** The stored password in plain text, only for handing to the mail server; '' when none is stored. */
export function openPassword(account: MailAccount, secrets: SecretBox | undefined): string {
  if (account.passwordSealed === '') return '';
  if (!secrets) throw new ApiError('UNAVAILABLE', NO_SECRET_STORE_TO_READ);
  try {
    return secrets.open(account.passwordSealed);
  } catch {
    throw new ApiError('UNAVAILABLE', PASSWORD_UNREADABLE);
  }
}

const NO_SECRET_STORE_TO_READ = msg(
  'Wijkhuis kan het opgeslagen wachtwoord van het e-mailaccount hier niet lezen (er is geen beveiligde sleutelopslag).',
  'Wijkhuis cannot read the stored password of the email account here (there is no secure key store).',
);
const PASSWORD_UNREADABLE = msg(
  'Het wachtwoord van het e-mailaccount kan op deze computer niet worden gelezen (bijvoorbeeld omdat de gegevens van een andere computer komen). Vul het wachtwoord opnieuw in onder E-mail › E-mailaccount.',
  'The password of the email account cannot be read on this computer (for example because the data came from another computer). Fill in the password again under Email › Email account.',
);
