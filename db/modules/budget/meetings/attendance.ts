import type { Db } from '../../../platform/database';
import { compose, msg } from '../../../platform/messages';
import { say } from '../say';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import type { attendanceInput } from '../schemas';
import { dayOf, type MemberRow, type Who } from '../shared';
import { getMember, quorumNeeded, type Rules } from '../committee';
import { compositionOf } from '../composition';
import { assertMeetingStatus, getMeetingRow, meetingContext, sittingMember, type AttendanceStatus } from './records';

/** Who is present, whether that makes a quorum, and opening the meeting. */

export interface QuorumState {
  /** Voting members counted: sitting on the meeting's date, minus those with a conflict for an item. */
  base: number;
  present: number;
  needed: number;
  met: boolean;
  message: string;
}

/**
 * Quorum over the voting members sitting on the meeting's date. For an agenda item, members who
 * declared a conflict of interest leave the count altogether: they are neither in the base nor present.
 */
export function quorumOf(
  rules: Pick<Rules, 'quorumKind' | 'quorumCount'>,
  voting: MemberRow[],
  attendance: Map<number, AttendanceStatus>,
  conflicted: Set<number> = new Set(),
): QuorumState {
  const counted = voting.filter((m) => !conflicted.has(m.id));
  const present = counted.filter((m) => attendance.get(m.id) === 'aanwezig').length;
  const needed = quorumNeeded(rules, counted.length);
  const met = present >= needed;
  const who = conflicted.size ? ' zonder belangenverstrengeling' : '';
  const whoEn = conflicted.size ? ' without a conflict of interest' : '';
  const base = counted.length;
  return {
    base,
    present,
    needed,
    met,
    message: met
      ? msg(
          `Quorum: ${present} van de ${base} stemgerechtigde leden${who} aanwezig (nodig: ${needed}).`,
          `Quorum: ${present} of the ${base} voting members${whoEn} present (needed: ${needed}).`,
        )
      : msg(
          `Geen quorum: ${present} van de ${base} stemgerechtigde leden${who} ${present === 1 ? 'is' : 'zijn'} aanwezig, er ${needed === 1 ? 'is' : 'zijn'} er minstens ${needed} nodig.`,
          `No quorum: ${present} of the ${base} voting members${whoEn} ${present === 1 ? 'is' : 'are'} present, at least ${needed} ${needed === 1 ? 'is' : 'are'} needed.`,
        ),
  };
}

export function recordAttendance(db: Db, input: z.output<typeof attendanceInput>): void {
  const meeting = getMeetingRow(db, input.id);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], msg('de presentie ligt vast.', 'the attendance is fixed.'));
  input.members.forEach((row, i) => sittingMember(db, meeting, row.memberId, `members.${i}.memberId`));
  if (meeting.status === 'geopend') {
    input.members.forEach((row, i) => {
      if (row.status === 'aanwezig') return;
      const voted = db
        .prepare(
          'SELECT 1 FROM budget_votes v JOIN budget_meeting_items i ON i.id = v.item_id WHERE i.meeting_id = ? AND i.decided_at IS NULL AND v.member_id = ?',
        )
        .get(meeting.id, row.memberId);
      if (voted)
        throw ApiError.field(
          `members.${i}.status`,
          msg(
            `${getMember(db, row.memberId).name} heeft al gestemd over een openstaand agendapunt: wis eerst die stem.`,
            `${getMember(db, row.memberId).name} has already voted on an open agenda item: clear that vote first.`,
          ),
        );
    });
  }
  // An open meeting keeps its chair unless another is named; whoever chairs must be present and voting.
  const chairId = input.chairMemberId ?? (meeting.status === 'geopend' ? meeting.chairMemberId : null);
  if (chairId !== null) {
    const chair = sittingMember(db, meeting, chairId, 'chairMemberId');
    const present = input.members.find((r) => r.memberId === chair.id)?.status === 'aanwezig';
    if (!chair.voting || !present)
      throw ApiError.field(
        'chairMemberId',
        msg(
          `De voorzitter van de vergadering is een aanwezig, stemgerechtigd lid${input.chairMemberId === null ? `: wijs eerst een andere voorzitter aan dan ${chair.name}` : ''}.`,
          `The chair of the meeting is a present, voting member${input.chairMemberId === null ? `: first appoint a chair other than ${chair.name}` : ''}.`,
        ),
      );
  }
  db.prepare('DELETE FROM budget_attendance WHERE meeting_id = ?').run(meeting.id);
  const insert = db.prepare('INSERT INTO budget_attendance (meeting_id, member_id, status) VALUES (?, ?, ?)');
  for (const row of input.members) insert.run(meeting.id, row.memberId, row.status);
  db.prepare('UPDATE budget_meetings SET chair_member_id = ?, guests = ? WHERE id = ?').run(
    chairId,
    input.guests,
    meeting.id,
  );
}

export function openMeeting(db: Db, meetingId: number, who: Who): void {
  const meeting = getMeetingRow(db, meetingId);
  assertMeetingStatus(
    meeting,
    ['gepland'],
    msg('alleen een geplande vergadering kan worden geopend.', 'only a planned meeting can be opened.'),
  );
  if (meeting.date > dayOf(who))
    throw ApiError.field(
      'date',
      say(
        ({ day }) => `De vergadering is pas op ${day(meeting.date)}.`,
        ({ day }) => `The meeting is not until ${day(meeting.date)}.`,
      ),
    );
  const { sitting, voting, attendance, chair } = meetingContext(db, meeting);
  const composition = compositionOf(sitting, meeting.date);
  if (!composition.ok)
    throw ApiError.field(
      'members',
      say(
        ({ t }) =>
          `${t(composition.message)} De commissie is niet volgens de regels samengesteld: de vergadering kan niet worden geopend.`,
        ({ t }) =>
          `${t(composition.message)} The committee is not composed according to the rules: the meeting cannot be opened.`,
      ),
    );
  const quorum = quorumOf(meeting, voting, attendance);
  if (!quorum.met)
    throw ApiError.field(
      'members',
      compose((t, lang) =>
        lang === 'nl'
          ? `${t(quorum.message)} De vergadering kan niet worden geopend.`
          : `${t(quorum.message)} The meeting cannot be opened.`,
      ),
    );
  if (!chair || attendance.get(chair.id) !== 'aanwezig')
    throw ApiError.field(
      'chairMemberId',
      msg(
        'De voorzitter is niet aanwezig: wijs een aanwezig stemgerechtigd lid aan als voorzitter van deze vergadering.',
        'The chair is not present: appoint a present voting member as chair of this meeting.',
      ),
    );
  db.prepare("UPDATE budget_meetings SET status = 'geopend', opened_at = ?, chair_member_id = ? WHERE id = ?").run(
    who.at,
    chair.id,
    meetingId,
  );
}
