import type { Db } from '../../platform/database';
import { addDays, formatDateIn, localDate, localDateTime, type Clock } from '../../platform/clock';
import type { Lang } from '../../platform/messages';
import { choicesOf, sendTemplate } from '../mail/templates/send';
import { VOLUNTEER_TEMPLATES } from '../mail/templates/volunteers';
import type { MailTemplate } from '../mail/templates/template';
import { certificateAlerts, CERTIFICATE_WINDOW_DAYS } from './certificates';
import type { Shift } from './shifts';

/** What the roster tells volunteers by mail: changes as they are saved, and the hourly reminders. */

export function volunteerTemplate(key: string): MailTemplate {
  const template = VOLUNTEER_TEMPLATES.find((t) => t.key === key);
  if (!template) throw new Error(`Onbekende e-mail ${key}`);
  return template;
}

/** 'do 10 dec 2026 09:00–13:00' (or 'Thu 10 Dec 2026 09:00–13:00'). */
export function shiftWhen(shift: Pick<Shift, 'date' | 'start' | 'end'>, lang: Lang): string {
  return `${formatDateIn(shift.date, lang)} ${shift.start.slice(11, 16)}–${shift.end.slice(11, 16)}`;
}

interface Addressee {
  id: number;
  name: string;
  email: string;
}

function volunteerAddress(db: Db, volunteerId: number): Addressee {
  return db.prepare('SELECT id, name, email FROM volunteers WHERE id = ?').get(volunteerId) as Addressee;
}

/** One template to one volunteer, in the language they chose; values may depend on that language. */
function toVolunteer(
  db: Db,
  clock: Clock,
  key: string,
  volunteerId: number,
  values: (lang: Lang) => Record<string, unknown>,
  related: { entity: string; id: number },
  createdBy = '',
): number | null {
  const v = volunteerAddress(db, volunteerId);
  const person = { kind: 'vrijwilliger' as const, id: v.id };
  const language = choicesOf(db, person).language;
  return sendTemplate(db, clock, volunteerTemplate(key), {
    to: { address: v.email, name: v.name },
    person,
    related,
    language,
    values: { naam: v.name, ...values(language) },
    createdBy,
  });
}

/**
 * After a shift is saved: everyone planned on it hears that it no longer takes place, or that its date or time
 * moved. Called in the saving transaction with the shift before and after.
 */
export function noticeShiftChanged(db: Db, clock: Clock, before: Shift, after: Shift, by: string): void {
  // Correcting a shift that is over (its times for the hours) tells nobody anything they can act on.
  const now = localDateTime(clock.now()).slice(0, 16);
  if (before.end <= now && after.end <= now) return;
  const planned = after.assignments.filter((a) => a.status === 'ingepland');
  if (after.cancelled && !before.cancelled) {
    for (const a of planned)
      toVolunteer(
        db,
        clock,
        'dienst.vervallen',
        a.volunteerId,
        (lang) => ({ dienst: after.title, wanneer: shiftWhen(before, lang), vervallen: 'ja' }),
        { entity: 'dienst', id: after.id },
        by,
      );
    return;
  }
  if (after.cancelled || (before.start === after.start && before.end === after.end)) return;
  for (const a of planned)
    toVolunteer(
      db,
      clock,
      'dienst.gewijzigd',
      a.volunteerId,
      (lang) => ({ dienst: after.title, was: shiftWhen(before, lang), wordt: shiftWhen(after, lang) }),
      { entity: 'dienst', id: after.id },
      by,
    );
}

/** A volunteer taken off a shift that still lies ahead hears so. */
export function noticeTakenOff(db: Db, clock: Clock, shift: Shift, volunteerId: number, by: string): void {
  if (shift.cancelled || shift.end <= localDateTime(clock.now()).slice(0, 16)) return;
  toVolunteer(
    db,
    clock,
    'dienst.vervallen',
    volunteerId,
    (lang) => ({ dienst: shift.title, wanneer: shiftWhen(shift, lang), vervallen: 'nee' }),
    { entity: 'dienst', id: shift.id },
    by,
  );
}

/** Marks an event as mailed; false when it was already, so an hourly job sends each once. */
function firstTime(db: Db, reason: string, itemId: number, detail: string, now: string): boolean {
  return (
    db
      .prepare('INSERT INTO mail_once (reason, item_id, detail, done_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(reason, itemId, detail, now).changes === 1
  );
}

/**
 * The day before a shift, a reminder to each volunteer planned on it who wants reminders (sendTemplate leaves out
 * those who said no). Once per assignment and start: a shift moved to another day is reminded again.
 */
export function sendShiftReminders(db: Db, clock: Clock): number {
  const now = localDateTime(clock.now());
  const tomorrow = addDays(localDate(clock.now()), 1);
  const due = db
    .prepare(
      `SELECT a.id AS assignmentId, a.volunteer_id AS volunteerId, r.name AS roleName, s.id AS shiftId, s.title, s.date, s.start, s.end
       FROM shifts s JOIN assignments a ON a.shift_id = s.id JOIN volunteer_roles r ON r.id = a.role_id
       WHERE s.date = ? AND s.cancelled = 0 AND a.status = 'ingepland'`,
    )
    .all(tomorrow) as {
    assignmentId: number;
    volunteerId: number;
    roleName: string;
    shiftId: number;
    title: string;
    date: string;
    start: string;
    end: string;
  }[];
  let queued = 0;
  for (const a of due) {
    if (!firstTime(db, 'dienst.herinnering', a.assignmentId, a.start, now)) continue;
    const id = toVolunteer(
      db,
      clock,
      'dienst.herinnering',
      a.volunteerId,
      (lang) => ({
        dienst: a.title,
        datum: formatDateIn(a.date, lang),
        tijd: `${a.start.slice(11, 16)}–${a.end.slice(11, 16)}`,
        rol: a.roleName,
      }),
      { entity: 'inplanning', id: a.assignmentId },
    );
    if (id !== null) queued++;
  }
  return queued;
}

const CERTIFICATE_NAMES: Record<string, Record<Lang, string>> = {
  vog: { nl: 'VOG', en: 'VOG (certificate of conduct)' },
  bhv: { nl: 'BHV-certificaat', en: 'BHV (emergency response) certificate' },
  ehbo: { nl: 'EHBO-diploma', en: 'first-aid certificate' },
};

/** Users with the coördinator role and an address: they hear of certificates that expire. */
function coordinators(db: Db): Addressee[] {
  return db
    .prepare("SELECT id, name, email FROM users WHERE role = 'coordinator' AND active = 1 AND email <> '' ORDER BY id")
    .all() as Addressee[];
}

/**
 * VOG, BHV and EHBO that expire within 60 days (the register's window): a message to the volunteer and to each
 * coördinator, once per certificate and expiry date (a renewed certificate with a new date is mailed anew).
 */
export function sendCertificateNotices(db: Db, clock: Clock): number {
  const today = localDate(clock.now());
  const now = localDateTime(clock.now());
  const { expiring } = certificateAlerts(db, CERTIFICATE_WINDOW_DAYS, today);
  const template = volunteerTemplate('certificaat.verloopt.coordinator');
  let queued = 0;
  for (const c of expiring) {
    const names = CERTIFICATE_NAMES[c.kind];
    if (!names || !c.validUntil || c.validUntil < today) continue;
    if (!firstTime(db, 'certificaat.verloopt', c.id, c.validUntil, now)) continue;
    const until = c.validUntil;
    const related = { entity: 'certificaat', id: c.id };
    const own = toVolunteer(
      db,
      clock,
      'certificaat.verloopt',
      c.volunteerId,
      (lang) => ({ certificaat: names[lang], verloopt_op: formatDateIn(until, lang) }),
      related,
    );
    if (own !== null) queued++;
    for (const user of coordinators(db)) {
      const person = { kind: 'gebruiker' as const, id: user.id };
      const language = choicesOf(db, person).language;
      const id = sendTemplate(db, clock, template, {
        to: { address: user.email, name: user.name },
        person,
        related,
        language,
        values: {
          naam: user.name,
          vrijwilliger: c.volunteerName,
          certificaat: names[language],
          verloopt_op: formatDateIn(until, language),
        },
      });
      if (id !== null) queued++;
    }
  }
  return queued;
}

/** The hourly job: reminders for tomorrow's shifts and notices of expiring certificates, in one transaction. */
export function runVolunteerMail(db: Db, clock: Clock): void {
  db.transaction(() => {
    sendShiftReminders(db, clock);
    sendCertificateNotices(db, clock);
  }).immediate();
}
