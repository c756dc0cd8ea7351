import type { Db } from '../../platform/database';
import { localDateTime, type Clock } from '../../platform/clock';
import { enqueueMail } from './outbox';
import { explainSmtpError } from './smtpErrors';

/** A server name that exists nowhere (.invalid is reserved for that), so nothing of the demo ever leaves the computer. */
export const DEMO_MAIL_HOST = 'smtp.voorbeeld.invalid';

const DEMO_MESSAGES = [
  {
    to: { address: 'fatima.bouzid@voorbeeld.nl', name: 'Fatima Bouzid' },
    subject: 'Bevestiging van je boeking in De Wilgenhof',
    text: 'Beste Fatima,\n\nJe boeking van de Huiskamer staat vast. Tot dan!\n\nHuis van de Wijk De Wilgenhof',
    reason: 'boeking.bevestiging',
    service: true,
  },
  {
    to: { address: 'kees.vandam@voorbeeld.nl', name: 'Kees van Dam' },
    subject: 'Herinnering: je dienst van morgen',
    text: 'Beste Kees,\n\nMorgen sta je op het rooster bij de bar. Kun je niet? Laat het ons weten.\n\nDe coördinator',
    reason: 'dienst.herinnering',
    service: false,
  },
  {
    to: { address: 'wijkteam@voorbeeld.nl', name: 'Wijkteam Tarwewijk' },
    subject: 'Het huis is dicht tijdens de kerstsluiting',
    text: 'Beste huurder,\n\nVan 24 december tot en met 1 januari is het huis gesloten.\n\nHuis van de Wijk De Wilgenhof',
    reason: 'groep',
    service: false,
  },
];

/**
 * The demo house's mail: an account pointing to a server that does not exist, and a few messages waiting in the
 * outbox with the explanation the sender gives for that server, so the screen shows what waiting looks like.
 */
export function seedDemoMail(db: Db, clock: Clock, houseName: string): void {
  db.prepare(
    `UPDATE mail_account SET host = ?, port = 587, security = 'starttls', from_name = ?, from_address = ?,
       reply_to = ?, enabled = 1, updated_at = ? WHERE id = 1`,
  ).run(DEMO_MAIL_HOST, houseName, 'info@wilgenhof.example', 'beheer@wilgenhof.example', localDateTime(clock.now()));
  const reason = explainSmtpError({ code: 'EDNS', message: `getaddrinfo ENOTFOUND ${DEMO_MAIL_HOST}` }, DEMO_MAIL_HOST);
  for (const m of DEMO_MESSAGES) {
    const id = enqueueMail(db, clock, { ...m, html: `<p>${m.text.replace(/\n/g, '<br>')}</p>`, language: 'nl' });
    db.prepare('UPDATE mail_messages SET attempts = 1, last_error = ? WHERE id = ?').run(reason.message, id);
  }
}
