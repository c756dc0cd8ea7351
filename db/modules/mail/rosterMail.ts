import type { Db } from '../../platform/database';
import { rosterId } from './documents';
import { method } from '../../contract/method';
import { formatDateIn } from '../../platform/clock';
import type { Lang } from '../../platform/messages';
import { COORDINATION } from '../roster/access';
import { rangeInput } from '../roster/schemas';
import { shiftsBetween } from '../roster/shifts';
import { shiftWhen, volunteerTemplate } from '../roster/mailNotices';
import { shiftsCalendar } from '../bookings/ical';
import { getBuilding } from '../building/building';
import { choicesOf, sendTemplate } from './templates/send';
import { nextGroupId } from './groupId';

/**
 * "Rooster mailen": each volunteer planned in a period gets their own shifts of it, with one calendar file (.ics)
 * holding them all. The roster as a PDF is not attached yet: the print view's documentData for 'rooster' comes
 * with the PDF renderer.
 */

interface PlannedShift {
  id: number;
  title: string;
  date: string;
  start: string;
  end: string;
  roleName: string;
}

export interface RosterMailRecipient {
  volunteerId: number;
  name: string;
  email: string;
  language: Lang;
  shifts: PlannedShift[];
}

/** The volunteers planned (not on the waiting list) on a shift that takes place in the period, by name. */
export function rosterRecipients(db: Db, from: string, to: string): RosterMailRecipient[] {
  const byVolunteer = new Map<number, PlannedShift[]>();
  for (const s of shiftsBetween(db, from, to))
    for (const a of s.assignments.filter((x) => x.status === 'ingepland'))
      byVolunteer.set(a.volunteerId, [
        ...(byVolunteer.get(a.volunteerId) ?? []),
        { id: s.id, title: s.title, date: s.date, start: s.start, end: s.end, roleName: a.roleName },
      ]);
  const person = db.prepare('SELECT name, email FROM volunteers WHERE id = ?');
  return [...byVolunteer]
    .map(([volunteerId, shifts]) => {
      const v = person.get(volunteerId) as { name: string; email: string };
      const { language } = choicesOf(db, { kind: 'vrijwilliger', id: volunteerId });
      return { volunteerId, name: v.name, email: v.email.trim(), language, shifts };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.volunteerId - b.volunteerId);
}

const periodText = (from: string, to: string, lang: Lang) =>
  lang === 'nl'
    ? `${formatDateIn(from, lang)} t/m ${formatDateIn(to, lang)}`
    : `${formatDateIn(from, lang)} to ${formatDateIn(to, lang)}`;

export const rosterMailMethods = {
  'mail.rosterPreview': method({
    description:
      'Rooster mailen, vooraf: wie in de periode op een dienst staat (ingepland, niet vervallen), met het aantal diensten en het e-mailadres; wie geen adres heeft, krijgt niets.',
    access: COORDINATION,
    mode: 'read',
    input: rangeInput,
    handler: ({ db }, { from, to }) =>
      rosterRecipients(db, from, to).map((r) => ({
        volunteerId: r.volunteerId,
        name: r.name,
        email: r.email,
        shifts: r.shifts.length,
        hasAddress: r.email !== '',
      })),
  }),
  'mail.rosterSend': method({
    description:
      'Rooster mailen: zet per vrijwilliger die in de periode op een dienst staat één bericht in de postvak-uit met zijn diensten en een agendabestand (.ics), in zijn eigen taal. Geeft terug hoeveel berichten klaarstaan en wie geen adres heeft.',
    access: COORDINATION,
    mode: 'write',
    input: rangeInput,
    handler: ({ db, clock, actor, audit }, { from, to }) => {
      const template = volunteerTemplate('rooster.mailen');
      const house = getBuilding(db).name;
      const groupId = nextGroupId(db);
      const recipients = rosterRecipients(db, from, to);
      let queued = 0;
      const withoutAddress: string[] = [];
      for (const r of recipients) {
        if (!r.email) {
          withoutAddress.push(r.name);
          continue;
        }
        const id = sendTemplate(db, clock, template, {
          to: { address: r.email, name: r.name },
          person: { kind: 'vrijwilliger', id: r.volunteerId },
          language: r.language,
          groupId,
          createdBy: actor?.name ?? '',
          values: {
            naam: r.name,
            periode: periodText(from, to, r.language),
            aantal: r.shifts.length,
            diensten: r.shifts.map((s) => `- ${shiftWhen(s, r.language)}: ${s.title} (${s.roleName})`).join('\n'),
          },
          attachments: [
            {
              filename: 'rooster.ics',
              contentType: 'text/calendar; charset=utf-8',
              content: shiftsCalendar(house, r.name, r.shifts),
            },
            // The wall roster of the period (every shift, no phone numbers), rendered by the sender once.
            {
              filename: 'rooster.pdf',
              document: 'rooster',
              id: rosterId(from),
              params: { rosterTo: to },
            },
          ],
        });
        if (id !== null) queued++;
      }
      audit({
        entity: 'mail',
        entityId: groupId,
        summary: `Rooster ${from} t/m ${to} gemaild: ${queued} bericht(en)${withoutAddress.length ? `, ${withoutAddress.length} zonder e-mailadres` : ''}`,
      });
      return { queued, recipients: recipients.length, withoutAddress, groupId };
    },
  }),
};
