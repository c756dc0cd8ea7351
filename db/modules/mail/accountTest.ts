import type { Db } from '../../platform/database';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import type { SecretBox } from '../../platform/services';
import { openPassword, readAccount } from './account';
import { createTransport, fromOf } from './transport';
import { explainSmtpError } from './smtpErrors';

export interface TestResult {
  sent: boolean;
  /** What happened, in both languages: the server's acceptance, or what went wrong and what to check. */
  message: string;
}

/**
 * "Testbericht sturen": one message straight to the server with the saved account (also while sending is still
 * off, to try it out first), not through the outbox, so the beheerder hears at once whether it works.
 */
export async function sendTestMessage(db: Db, secrets: SecretBox | undefined, to: string): Promise<TestResult> {
  const account = readAccount(db);
  if (account.host === '' || account.fromAddress === '')
    throw ApiError.field(
      'to',
      msg(
        'Sla eerst de mailserver en het adres van de afzender op; daarna kun je een testbericht sturen.',
        'Save the mail server and the sender address first; then you can send a test message.',
      ),
    );
  let password: string;
  try {
    password = openPassword(account, secrets);
  } catch (e) {
    return { sent: false, message: e instanceof ApiError ? e.message : String(e) };
  }
  const transport = createTransport(account, password, false);
  try {
    const info = await transport.sendMail({
      from: fromOf(account),
      to,
      replyTo: account.replyTo || undefined,
      subject: 'Testbericht van Wijkhuis',
      text:
        `Dit is een testbericht van Wijkhuis, verstuurd via ${account.host}.\n` +
        'Kun je dit lezen? Dan werkt het e-mailaccount van het huis.\n\n' +
        `This is a test message from Wijkhuis, sent through ${account.host}. If you can read it, the house's email account works.`,
    });
    const answer = String(info.response ?? '').slice(0, 300);
    return {
      sent: true,
      message: msg(
        `Gelukt: de mailserver heeft het testbericht aangenomen (${answer}). Kijk of het aankomt in ${to}.`,
        `Done: the mail server accepted the test message (${answer}). Check that it arrives at ${to}.`,
      ),
    };
  } catch (error) {
    return { sent: false, message: explainSmtpError(error, account.host).message };
  } finally {
    transport.close();
  }
}
