import { msg } from '../../platform/messages';

/**
 * What went wrong with the mail server, in plain Dutch (B1) and English:
 * - temporary: the message waits and is tried again later (server away, network down, a 4xx answer);
 * - permanent: the server refused this one message for good (a 5xx answer for the recipient or the content);
 * - account: the account itself is wrong (login refused, certificate): every message waits until it is fixed.
 */
export type SmtpFailure = { kind: 'temporary' | 'permanent' | 'account'; message: string };

interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

const CERTIFICATE =
  /CERT|certificate|self[- ]signed|UNABLE_TO_VERIFY|ERR_TLS_CERT_ALTNAME_INVALID|unable to get local issuer/i;

/** The server's own words, short and on one line, for the beheerder to pass on to the provider. */
function serverWords(e: NodemailerError): string {
  return (e.response ?? e.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function explainSmtpError(error: unknown, host: string): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as NodemailerError;
  const code = e.code ?? '';
  const text = `${code} ${e.message ?? ''}`;
  const words = serverWords(e);

  if (code === 'EDNS' || /ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(text))
    return {
      kind: 'temporary',
      message: msg(
        `De mailserver ${host} is niet gevonden. Controleer de naam van de mailserver en of deze computer internet heeft.`,
        `The mail server ${host} was not found. Check the name of the mail server and whether this computer is online.`,
      ),
    };
  if (code === 'EAUTH' || code === 'ENOAUTH')
    return {
      kind: 'account',
      message: msg(
        `De mailserver weigert de inlog: de gebruikersnaam of het wachtwoord klopt niet. Controleer ze onder E-mail › E-mailaccount. (De server zei: ${words})`,
        `The mail server refuses the login: the user name or the password is wrong. Check them under Email › Email account. (The server said: ${words})`,
      ),
    };
  if (CERTIFICATE.test(text))
    return {
      kind: 'account',
      message: msg(
        `Het certificaat van de mailserver ${host} is niet te vertrouwen (verlopen, van een andere naam of niet ondertekend). Controleer de naam van de server en vraag de aanbieder van de mail om het juiste adres.`,
        `The certificate of the mail server ${host} cannot be trusted (expired, for another name or not signed). Check the name of the server and ask the mail provider for the right address.`,
      ),
    };
  if (code === 'ETLS' || code === 'EREQUIRETLS')
    return {
      kind: 'account',
      message: msg(
        `De beveiligde verbinding met ${host} lukt niet. Kies de andere beveiliging (TLS meestal met poort 465, STARTTLS met poort 587).`,
        `The secure connection to ${host} fails. Choose the other security (TLS usually with port 465, STARTTLS with port 587).`,
      ),
    };
  if (code === 'ETIMEDOUT' || /timeout|timed out/i.test(text))
    return {
      kind: 'temporary',
      message: msg(
        `De mailserver ${host} antwoordt niet op tijd. Misschien is het netwerk weg of klopt de poort niet. Wijkhuis probeert het later opnieuw.`,
        `The mail server ${host} does not answer in time. Perhaps the network is down or the port is wrong. Wijkhuis tries again later.`,
      ),
    };
  if (code === 'ECONNECTION' || code === 'ESOCKET' || /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH/.test(text))
    return {
      kind: 'temporary',
      message: msg(
        `De mailserver ${host} is niet bereikbaar (de verbinding werd geweigerd of verbroken). Wijkhuis probeert het later opnieuw.`,
        `The mail server ${host} cannot be reached (the connection was refused or broken). Wijkhuis tries again later.`,
      ),
    };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500)
    return {
      kind: 'permanent',
      message: msg(`De mailserver weigert dit bericht: ${words}`, `The mail server refuses this message: ${words}`),
    };
  if (typeof e.responseCode === 'number' && e.responseCode >= 400)
    return {
      kind: 'temporary',
      message: msg(
        `De mailserver kan het bericht nu niet aannemen en vraagt het later te proberen: ${words}`,
        `The mail server cannot take the message now and asks to try later: ${words}`,
      ),
    };
  return {
    kind: 'temporary',
    message: msg(
      `Het versturen lukte niet: ${words || 'onbekende fout'}. Wijkhuis probeert het later opnieuw.`,
      `Sending failed: ${words || 'unknown error'}. Wijkhuis tries again later.`,
    ),
  };
}
