import type { Db } from '../../../platform/database';
import { msg } from '../../../platform/messages';
import { say } from '../say';
import { STATUS_WORDS, type ApplicationStatus } from '../schemas';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import { formatDateNl } from '../../../platform/clock';
import type { meetingInput } from '../schemas';
import { setStatus, type Who } from '../shared';
import { getRules } from '../committee';
import { applicationSummary } from '../applications/summary';
import { assertMeetingStatus, getMeetingRow, itemsOf, votesOf } from './records';

/** Planning a meeting and setting its agenda: applications on it are geagendeerd, those taken off go back. */

export function insertMeeting(db: Db, input: z.output<typeof meetingInput>, who: Who): number {
  if (input.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(input.roomId))
    throw ApiError.field('roomId', msg('Deze ruimte bestaat niet.', 'This room does not exist.'));
  const rules = getRules(db);
  return Number(
    db
      .prepare(
        `INSERT INTO budget_meetings (date, start_time, location, room_id, quorum_kind, quorum_count, majority, tie_break, notes, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.date,
        input.startTime,
        input.location,
        input.roomId,
        rules.quorumKind,
        rules.quorumCount,
        rules.majority,
        rules.tieBreak,
        input.notes,
        who.at,
      ).lastInsertRowid,
  );
}

/** Status an application returns to when it leaves an agenda undecided. */
function statusBeforeAgenda(db: Db, applicationId: number, exceptItemId: number): 'ontvankelijk' | 'aangehouden' {
  const deferred = db
    .prepare("SELECT 1 FROM budget_meeting_items WHERE application_id = ? AND id <> ? AND outcome = 'aangehouden'")
    .get(applicationId, exceptItemId);
  return deferred ? 'aangehouden' : 'ontvankelijk';
}

export function setAgenda(
  db: Db,
  meetingId: number,
  applicationIds: number[],
  who: Who,
): { added: number[]; removed: number[] } {
  const meeting = getMeetingRow(db, meetingId);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], msg('de agenda ligt vast.', 'the agenda is fixed.'));
  const items = itemsOf(db, meetingId);
  const removed = items.filter((i) => !applicationIds.includes(i.applicationId));
  for (const item of removed) {
    const app = applicationSummary(db, item.applicationId);
    if (item.decidedAt || votesOf(db, item.id).length)
      throw ApiError.field(
        'applicationIds',
        msg(
          `Over ${app.number} is al gestemd of besloten: dit agendapunt blijft op de agenda.`,
          `${app.number} has already been voted on or decided: this item stays on the agenda.`,
        ),
      );
  }
  const added: number[] = [];
  applicationIds.forEach((applicationId, i) => {
    if (items.some((x) => x.applicationId === applicationId)) return;
    const row = db.prepare('SELECT status, number FROM budget_applications WHERE id = ?').get(applicationId) as
      { status: ApplicationStatus; number: string | null } | undefined;
    if (!row)
      throw ApiError.field(
        `applicationIds.${i}`,
        msg('Deze aanvraag bestaat niet.', 'This application does not exist.'),
      );
    if (row.status !== 'ontvankelijk' && row.status !== 'aangehouden') {
      throw ApiError.field(
        `applicationIds.${i}`,
        say(
          ({ t }) =>
            `${row.number ?? 'Deze aanvraag'} is ${t(STATUS_WORDS[row.status]).toLowerCase()}: alleen ontvankelijke of aangehouden aanvragen kunnen op de agenda.`,
          ({ t }) =>
            `${row.number ?? 'This application'} is ${t(STATUS_WORDS[row.status]).toLowerCase()}: only admissible or deferred applications can go on the agenda.`,
        ),
      );
    }
    added.push(applicationId);
  });
  for (const item of removed) {
    db.prepare('DELETE FROM budget_meeting_items WHERE id = ?').run(item.id);
    setStatus(
      db,
      item.applicationId,
      statusBeforeAgenda(db, item.applicationId, item.id),
      who,
      `Van de agenda van ${formatDateNl(meeting.date)} gehaald`,
    );
  }
  for (const applicationId of added) {
    db.prepare('INSERT INTO budget_meeting_items (meeting_id, application_id, position) VALUES (?, ?, ?)').run(
      meetingId,
      applicationId,
      0,
    );
    setStatus(
      db,
      applicationId,
      'geagendeerd',
      who,
      `Op de agenda van de vergadering van ${formatDateNl(meeting.date)}`,
    );
  }
  const position = db.prepare(
    'UPDATE budget_meeting_items SET position = ? WHERE meeting_id = ? AND application_id = ?',
  );
  applicationIds.forEach((applicationId, i) => position.run(i + 1, meetingId, applicationId));
  return { added, removed: removed.map((r) => r.applicationId) };
}
