import type { Db } from '../../../platform/database';
import { msg } from '../../../platform/messages';
import { say } from '../say';
import { ApiError } from '../../../platform/errors';
import type { ATTENDANCE_STATUSES, MEETING_STATUSES, Outcome, Vote } from '../schemas';
import { inTerm, type MemberRow } from '../shared';
import { getMember, membersOn, type Rules } from '../committee';

/** A meeting and its agenda items as stored, and the checks every step of a meeting starts with. */

export interface MeetingRow extends Rules {
  id: number;
  date: string;
  startTime: string;
  location: string;
  roomId: number | null;
  roomName: string | null;
  status: (typeof MEETING_STATUSES)[number];
  chairMemberId: number | null;
  guests: string;
  notes: string;
  openedAt: string | null;
  closedAt: string | null;
  cancelReason: string;
}

export const MEETING_SELECT = `SELECT m.id, m.date, m.start_time AS startTime, m.location, m.room_id AS roomId, r.name AS roomName, m.status,
  m.quorum_kind AS quorumKind, m.quorum_count AS quorumCount, m.majority, m.tie_break AS tieBreak, m.chair_member_id AS chairMemberId,
  m.guests, m.notes, m.opened_at AS openedAt, m.closed_at AS closedAt, m.cancel_reason AS cancelReason
  FROM budget_meetings m LEFT JOIN rooms r ON r.id = m.room_id`;

export function getMeetingRow(db: Db, meetingId: number, field = 'id'): MeetingRow {
  const row = db.prepare(`${MEETING_SELECT} WHERE m.id = ?`).get(meetingId) as MeetingRow | undefined;
  if (!row) throw ApiError.field(field, msg('Deze vergadering bestaat niet.', 'This meeting does not exist.'));
  return row;
}

export interface ItemRow {
  id: number;
  meetingId: number;
  applicationId: number;
  position: number;
  proposedCents: number | null;
  proposalConditions: string;
  outcome: Outcome | null;
  result: '' | 'aangenomen' | 'verworpen' | 'staking' | 'aangehouden';
  grantedCents: number;
  conditions: string;
  motivation: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  tieBreakNote: string;
  decidedAt: string | null;
  decidedBy: string;
}

const ITEM_SELECT = `SELECT id, meeting_id AS meetingId, application_id AS applicationId, position, proposed_cents AS proposedCents,
  proposal_conditions AS proposalConditions, outcome, result, granted_cents AS grantedCents, conditions, motivation, votes_for AS votesFor,
  votes_against AS votesAgainst, votes_abstain AS votesAbstain, tie_break_note AS tieBreakNote, decided_at AS decidedAt, decided_by AS decidedBy
  FROM budget_meeting_items`;

export function getItem(db: Db, itemId: number): ItemRow {
  const row = db.prepare(`${ITEM_SELECT} WHERE id = ?`).get(itemId) as ItemRow | undefined;
  if (!row) throw ApiError.field('itemId', msg('Dit agendapunt bestaat niet.', 'This agenda item does not exist.'));
  return row;
}

export const itemsOf = (db: Db, meetingId: number) =>
  db.prepare(`${ITEM_SELECT} WHERE meeting_id = ? ORDER BY position, id`).all(meetingId) as ItemRow[];

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export function attendanceOf(db: Db, meetingId: number): Map<number, AttendanceStatus> {
  const rows = db
    .prepare('SELECT member_id AS memberId, status FROM budget_attendance WHERE meeting_id = ?')
    .all(meetingId) as { memberId: number; status: AttendanceStatus }[];
  return new Map(rows.map((r) => [r.memberId, r.status]));
}

export const declarationsOf = (db: Db, itemId: number) =>
  db
    .prepare(
      'SELECT d.member_id AS memberId, c.name, d.reason, d.declared_at AS declaredAt, d.recorded_by AS recordedBy FROM budget_declarations d JOIN committee_members c ON c.id = d.member_id WHERE d.item_id = ? ORDER BY c.name',
    )
    .all(itemId) as { memberId: number; name: string; reason: string; declaredAt: string; recordedBy: string }[];

export const votesOf = (db: Db, itemId: number) =>
  db
    .prepare(
      'SELECT v.member_id AS memberId, c.name, v.vote, v.recorded_at AS recordedAt, v.recorded_by AS recordedBy FROM budget_votes v JOIN committee_members c ON c.id = v.member_id WHERE v.item_id = ? ORDER BY c.name',
    )
    .all(itemId) as { memberId: number; name: string; vote: Vote; recordedAt: string; recordedBy: string }[];

/** The members sitting on the meeting's date, who of them vote, who is present, and who chairs. */
export function meetingContext(db: Db, meeting: MeetingRow) {
  const sitting = membersOn(db, meeting.date);
  const voting = sitting.filter((m) => m.voting);
  const attendance = attendanceOf(db, meeting.id);
  const chair =
    meeting.chairMemberId !== null
      ? (sitting.find((m) => m.id === meeting.chairMemberId) ?? null)
      : (sitting.find((m) => m.isChair) ?? null);
  return { sitting, voting, attendance, chair };
}

const MEETING_STATES: Record<MeetingRow['status'], string> = {
  gepland: msg('nog niet geopend', 'not opened yet'),
  geopend: msg('geopend', 'open'),
  gesloten: msg('gesloten', 'closed'),
  geannuleerd: msg('geannuleerd', 'cancelled'),
};

/** Refuses unless the meeting is in one of the `allowed` statuses; `what` (a msg) says what that rules out. */
export function assertMeetingStatus(meeting: MeetingRow, allowed: MeetingRow['status'][], what: string): void {
  if (allowed.includes(meeting.status)) return;
  const state = MEETING_STATES[meeting.status];
  throw new ApiError(
    'CONFLICT',
    say(
      ({ t, day }) => `De vergadering van ${day(meeting.date)} is ${t(state)}: ${t(what)}`,
      ({ t, day }) => `The meeting of ${day(meeting.date)} is ${t(state)}: ${t(what)}`,
    ),
  );
}

export function assertOpenItem(item: ItemRow): void {
  if (item.decidedAt)
    throw new ApiError(
      'CONFLICT',
      msg('Over dit agendapunt is al besloten.', 'This agenda item has already been decided.'),
    );
}

export function sittingMember(db: Db, meeting: MeetingRow, memberId: number, field = 'memberId'): MemberRow {
  const member = getMember(db, memberId, field);
  if (!inTerm(member, meeting.date))
    throw ApiError.field(
      field,
      say(
        ({ day }) => `${member.name} zat op ${day(meeting.date)} niet in de commissie.`,
        ({ day }) => `${member.name} was not on the committee on ${day(meeting.date)}.`,
      ),
    );
  return member;
}
