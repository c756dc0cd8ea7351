import type { Db } from '../../platform/database';
import type { Actor } from '../../contract/method';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { formatCents, formatDateNl, localDate } from '../../platform/clock';
import {
  agendaInput,
  attendanceInput,
  decideInput,
  declarationInput,
  declarationRemove,
  meetingCancel,
  meetingInput,
  meetingQuery,
  meetingUpdate,
  proposalInput,
  scoreInput,
  voteInput,
  type ATTENDANCE_STATUSES,
  type MEETING_STATUSES,
  type Outcome,
  type Vote,
} from './schemas';
import {
  assertRecorder,
  assertSelfOrRecorder,
  inTerm,
  isRecorder,
  memberOfActor,
  setStatus,
  sittingMemberOfActor,
  whoOf,
  type MemberRow,
  type Who,
} from './shared';
import { getRules, membersOn, compositionOf, quorumNeeded, rulesText, getMember, type Rules } from './committee';
import { applicationSummary } from './applications';
import { getRound } from './rounds';

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

const MEETING_SELECT = `SELECT m.id, m.date, m.start_time AS startTime, m.location, m.room_id AS roomId, r.name AS roomName, m.status,
  m.quorum_kind AS quorumKind, m.quorum_count AS quorumCount, m.majority, m.tie_break AS tieBreak, m.chair_member_id AS chairMemberId,
  m.guests, m.notes, m.opened_at AS openedAt, m.closed_at AS closedAt, m.cancel_reason AS cancelReason
  FROM budget_meetings m LEFT JOIN rooms r ON r.id = m.room_id`;

export function getMeetingRow(db: Db, meetingId: number, field = 'id'): MeetingRow {
  const row = db.prepare(`${MEETING_SELECT} WHERE m.id = ?`).get(meetingId) as MeetingRow | undefined;
  if (!row) throw ApiError.field(field, 'Deze vergadering bestaat niet.');
  return row;
}

interface ItemRow {
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

function getItem(db: Db, itemId: number): ItemRow {
  const row = db.prepare(`${ITEM_SELECT} WHERE id = ?`).get(itemId) as ItemRow | undefined;
  if (!row) throw ApiError.field('itemId', 'Dit agendapunt bestaat niet.');
  return row;
}

const itemsOf = (db: Db, meetingId: number) =>
  db.prepare(`${ITEM_SELECT} WHERE meeting_id = ? ORDER BY position, id`).all(meetingId) as ItemRow[];

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

function attendanceOf(db: Db, meetingId: number): Map<number, AttendanceStatus> {
  const rows = db
    .prepare('SELECT member_id AS memberId, status FROM budget_attendance WHERE meeting_id = ?')
    .all(meetingId) as { memberId: number; status: AttendanceStatus }[];
  return new Map(rows.map((r) => [r.memberId, r.status]));
}

const declarationsOf = (db: Db, itemId: number) =>
  db
    .prepare(
      'SELECT d.member_id AS memberId, c.name, d.reason, d.declared_at AS declaredAt, d.recorded_by AS recordedBy FROM budget_declarations d JOIN committee_members c ON c.id = d.member_id WHERE d.item_id = ? ORDER BY c.name',
    )
    .all(itemId) as { memberId: number; name: string; reason: string; declaredAt: string; recordedBy: string }[];

const votesOf = (db: Db, itemId: number) =>
  db
    .prepare(
      'SELECT v.member_id AS memberId, c.name, v.vote, v.recorded_at AS recordedAt, v.recorded_by AS recordedBy FROM budget_votes v JOIN committee_members c ON c.id = v.member_id WHERE v.item_id = ? ORDER BY c.name',
    )
    .all(itemId) as { memberId: number; name: string; vote: Vote; recordedAt: string; recordedBy: string }[];

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
  return {
    base: counted.length,
    present,
    needed,
    met,
    message: met
      ? `Quorum: ${present} van de ${counted.length} stemgerechtigde leden${who} aanwezig (nodig: ${needed}).`
      : `Geen quorum: ${present} van de ${counted.length} stemgerechtigde leden${who} ${present === 1 ? 'is' : 'zijn'} aanwezig, er ${needed === 1 ? 'is' : 'zijn'} er minstens ${needed} nodig.`,
  };
}

export interface VoteResult {
  voor: number;
  tegen: number;
  onthouding: number;
  /** aangenomen: the proposal (grant) is adopted; verworpen: rejected; aangehouden: deferred by the tie-break. */
  result: 'aangenomen' | 'verworpen' | 'aangehouden';
  tie: boolean;
  tieBreakNote: string;
}

/**
 * The majority rule and the tie-break. gewone meerderheid: more for than against, abstentions do not
 * count; volstrekte meerderheid: more than half of all votes cast, abstentions included. When the votes
 * are tied: the chair's vote decides (if the chair voted for or against; otherwise deferred), or defer,
 * or reject.
 */
export function voteResult(
  votes: { memberId: number; vote: Vote }[],
  rules: Pick<Rules, 'majority' | 'tieBreak'>,
  chairMemberId: number | null,
): VoteResult {
  const voor = votes.filter((v) => v.vote === 'voor').length;
  const tegen = votes.filter((v) => v.vote === 'tegen').length;
  const onthouding = votes.filter((v) => v.vote === 'onthouding').length;
  const cast = voor + tegen + onthouding;
  let outcome: 'aangenomen' | 'verworpen' | 'staking';
  if (rules.majority === 'gewone_meerderheid')
    outcome = voor > tegen ? 'aangenomen' : voor < tegen ? 'verworpen' : 'staking';
  else outcome = voor * 2 > cast ? 'aangenomen' : voor * 2 === cast ? 'staking' : 'verworpen';
  if (outcome !== 'staking') return { voor, tegen, onthouding, result: outcome, tie: false, tieBreakNote: '' };
  const tied = `De stemmen staakten (${voor} voor, ${tegen} tegen, ${onthouding} onthouding)`;
  if (rules.tieBreak === 'aanhouden')
    return {
      voor,
      tegen,
      onthouding,
      result: 'aangehouden',
      tie: true,
      tieBreakNote: `${tied}: volgens het reglement wordt de aanvraag aangehouden.`,
    };
  if (rules.tieBreak === 'afwijzen')
    return {
      voor,
      tegen,
      onthouding,
      result: 'verworpen',
      tie: true,
      tieBreakNote: `${tied}: volgens het reglement is het voorstel verworpen.`,
    };
  const chair = votes.find((v) => v.memberId === chairMemberId);
  if (chair?.vote === 'voor')
    return {
      voor,
      tegen,
      onthouding,
      result: 'aangenomen',
      tie: true,
      tieBreakNote: `${tied}: de voorzitter stemde voor en beslist.`,
    };
  if (chair?.vote === 'tegen')
    return {
      voor,
      tegen,
      onthouding,
      result: 'verworpen',
      tie: true,
      tieBreakNote: `${tied}: de voorzitter stemde tegen en beslist.`,
    };
  return {
    voor,
    tegen,
    onthouding,
    result: 'aangehouden',
    tie: true,
    tieBreakNote: `${tied} en de voorzitter stemde niet voor of tegen: de aanvraag wordt aangehouden.`,
  };
}

/** Everything known about a meeting's members, attendance and one item, for checks and screens. */
function context(db: Db, meeting: MeetingRow) {
  const sitting = membersOn(db, meeting.date);
  const voting = sitting.filter((m) => m.voting);
  const attendance = attendanceOf(db, meeting.id);
  const chair =
    meeting.chairMemberId !== null
      ? (sitting.find((m) => m.id === meeting.chairMemberId) ?? null)
      : (sitting.find((m) => m.isChair) ?? null);
  return { sitting, voting, attendance, chair };
}

function itemState(db: Db, meeting: MeetingRow, item: ItemRow) {
  const { voting, attendance } = context(db, meeting);
  const declarations = declarationsOf(db, item.id);
  const conflicted = new Set(declarations.map((d) => d.memberId));
  const votes = votesOf(db, item.id);
  const eligible = voting.filter((m) => attendance.get(m.id) === 'aanwezig' && !conflicted.has(m.id));
  return {
    declarations,
    votes,
    eligibleVoters: eligible.map((m) => ({
      memberId: m.id,
      name: m.name,
      vote: votes.find((v) => v.memberId === m.id)?.vote ?? null,
    })),
    quorum: quorumOf(meeting, voting, attendance, conflicted),
  };
}

function assertMeetingStatus(meeting: MeetingRow, allowed: MeetingRow['status'][], what: string): void {
  if (allowed.includes(meeting.status)) return;
  const now = { gepland: 'nog niet geopend', geopend: 'geopend', gesloten: 'gesloten', geannuleerd: 'geannuleerd' }[
    meeting.status
  ];
  throw new ApiError('CONFLICT', `De vergadering van ${formatDateNl(meeting.date)} is ${now}: ${what}`);
}

function assertOpenItem(item: ItemRow): void {
  if (item.decidedAt) throw new ApiError('CONFLICT', 'Over dit agendapunt is al besloten.');
}

function sittingMember(db: Db, meeting: MeetingRow, memberId: number, field = 'memberId'): MemberRow {
  const member = getMember(db, memberId, field);
  if (!inTerm(member, meeting.date))
    throw ApiError.field(field, `${member.name} zat op ${formatDateNl(meeting.date)} niet in de commissie.`);
  return member;
}

export function scoreOverview(db: Db, item: ItemRow) {
  const application = applicationSummary(db, item.applicationId);
  const criteria = getRound(db, application.roundId).criteria;
  const rows = db
    .prepare(
      'SELECT s.member_id AS memberId, c.name, s.criterion_id AS criterionId, s.score FROM budget_scores s JOIN committee_members c ON c.id = s.member_id WHERE s.item_id = ? ORDER BY c.name',
    )
    .all(item.id) as { memberId: number; name: string; criterionId: number; score: number }[];
  const memberIds = [...new Set(rows.map((r) => r.memberId))];
  const members = memberIds.map((memberId) => {
    const mine = rows.filter((r) => r.memberId === memberId);
    return {
      memberId,
      name: mine[0]!.name,
      scores: Object.fromEntries(mine.map((r) => [r.criterionId, r.score])) as Record<number, number>,
      totalScore: mine.reduce((s, r) => s + r.score, 0),
    };
  });
  const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10 : null);
  return {
    criteria: criteria.map((c) => {
      const scores = rows.filter((r) => r.criterionId === c.id).map((r) => r.score);
      return { criterionId: c.id, name: c.name, maxScore: c.maxScore, count: scores.length, average: avg(scores) };
    }),
    members,
    maxTotal: criteria.reduce((s, c) => s + c.maxScore, 0),
    averageTotal: avg(members.map((m) => m.totalScore)),
  };
}

export function meetingDetail(db: Db, meetingId: number, actor: Actor | null) {
  const meeting = getMeetingRow(db, meetingId);
  const { sitting, voting, attendance, chair } = context(db, meeting);
  const items = itemsOf(db, meetingId).map((item) => {
    const state = itemState(db, meeting, item);
    return {
      ...item,
      decided: item.decidedAt !== null,
      application: applicationSummary(db, item.applicationId),
      proposal:
        item.proposedCents === null ? null : { proposedCents: item.proposedCents, conditions: item.proposalConditions },
      ...state,
      tally: {
        voor: state.votes.filter((v) => v.vote === 'voor').length,
        tegen: state.votes.filter((v) => v.vote === 'tegen').length,
        onthouding: state.votes.filter((v) => v.vote === 'onthouding').length,
      },
      scores: scoreOverview(db, item),
    };
  });
  const me = memberOfActor(db, actor);
  const roundIds = [...new Set(items.map((i) => i.application.roundId))];
  return {
    ...meeting,
    rules: {
      quorumKind: meeting.quorumKind,
      quorumCount: meeting.quorumCount,
      majority: meeting.majority,
      tieBreak: meeting.tieBreak,
    },
    rulesText: rulesText(meeting),
    members: sitting.map((m) => ({
      memberId: m.id,
      name: m.name,
      voting: m.voting,
      isResident: m.isResident,
      isWijkraad: m.isWijkraad,
      isChair: m.isChair,
      isSecretary: m.isSecretary,
      attendance: attendance.get(m.id) ?? null,
    })),
    chair: chair
      ? { memberId: chair.id, name: chair.name, acting: meeting.chairMemberId !== null && !chair.isChair }
      : null,
    secretary: sitting.find((m) => m.isSecretary)?.name ?? null,
    composition: compositionOf(sitting, meeting.date),
    quorum: quorumOf(meeting, voting, attendance),
    items,
    ledgers: roundIds.map((roundId) => {
      const round = getRound(db, roundId);
      const onAgenda = items.filter((i) => i.application.roundId === roundId && !i.decided);
      return {
        roundId,
        roundName: round.name,
        schemeLabel: round.schemeLabel,
        ledger: round.ledger,
        requestedOnAgendaCents: onAgenda.reduce((s, i) => s + i.application.requestedCents, 0),
        proposedOnAgendaCents: onAgenda.reduce((s, i) => s + (i.proposedCents ?? 0), 0),
      };
    }),
    me: me
      ? { memberId: me.id, isSecretary: me.isSecretary, canRecord: isRecorder(db, actor) }
      : actor?.role === 'beheerder'
        ? { memberId: null, isSecretary: false, canRecord: true }
        : null,
  };
}

export type MeetingDetail = ReturnType<typeof meetingDetail>;

/** A commissie account sees meetings only while linked to a sitting member. */
function assertCommitteeAccess(db: Db, actor: Actor | null): void {
  if (actor?.role === 'beheerder') return;
  if (!sittingMemberOfActor(db, actor))
    throw new ApiError('FORBIDDEN', 'Je account is niet gekoppeld aan een zittend commissielid.');
}

export function insertMeeting(db: Db, input: z.output<typeof meetingInput>, who: Who): number {
  if (input.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(input.roomId))
    throw ApiError.field('roomId', 'Deze ruimte bestaat niet.');
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
  assertMeetingStatus(meeting, ['gepland', 'geopend'], 'de agenda ligt vast.');
  const items = itemsOf(db, meetingId);
  const removed = items.filter((i) => !applicationIds.includes(i.applicationId));
  for (const item of removed) {
    const app = applicationSummary(db, item.applicationId);
    if (item.decidedAt || votesOf(db, item.id).length)
      throw ApiError.field(
        'applicationIds',
        `Over ${app.number} is al gestemd of besloten: dit agendapunt blijft op de agenda.`,
      );
  }
  const added: number[] = [];
  applicationIds.forEach((applicationId, i) => {
    if (items.some((x) => x.applicationId === applicationId)) return;
    const row = db.prepare('SELECT status, number FROM budget_applications WHERE id = ?').get(applicationId) as
      { status: string; number: string | null } | undefined;
    if (!row) throw ApiError.field(`applicationIds.${i}`, 'Deze aanvraag bestaat niet.');
    if (row.status !== 'ontvankelijk' && row.status !== 'aangehouden') {
      throw ApiError.field(
        `applicationIds.${i}`,
        `${row.number ?? 'Deze aanvraag'} is ${row.status.replace('_', ' ')}: alleen ontvankelijke of aangehouden aanvragen kunnen op de agenda.`,
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

export function recordAttendance(db: Db, input: z.output<typeof attendanceInput>): void {
  const meeting = getMeetingRow(db, input.id);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], 'de presentie ligt vast.');
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
          `${getMember(db, row.memberId).name} heeft al gestemd over een openstaand agendapunt: wis eerst die stem.`,
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
        `De voorzitter van de vergadering is een aanwezig, stemgerechtigd lid${input.chairMemberId === null ? `: wijs eerst een andere voorzitter aan dan ${chair.name}` : ''}.`,
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
  assertMeetingStatus(meeting, ['gepland'], 'alleen een geplande vergadering kan worden geopend.');
  if (meeting.date > localDate())
    throw ApiError.field('date', `De vergadering is pas op ${formatDateNl(meeting.date)}.`);
  const { sitting, voting, attendance, chair } = context(db, meeting);
  const composition = compositionOf(sitting, meeting.date);
  if (!composition.ok)
    throw ApiError.field(
      'members',
      `${composition.message} De commissie is niet volgens de regels samengesteld: de vergadering kan niet worden geopend.`,
    );
  const quorum = quorumOf(meeting, voting, attendance);
  if (!quorum.met) throw ApiError.field('members', `${quorum.message} De vergadering kan niet worden geopend.`);
  if (!chair || attendance.get(chair.id) !== 'aanwezig')
    throw ApiError.field(
      'chairMemberId',
      'De voorzitter is niet aanwezig: wijs een aanwezig stemgerechtigd lid aan als voorzitter van deze vergadering.',
    );
  db.prepare("UPDATE budget_meetings SET status = 'geopend', opened_at = ?, chair_member_id = ? WHERE id = ?").run(
    who.at,
    chair.id,
    meetingId,
  );
}

export function declare(
  db: Db,
  input: z.output<typeof declarationInput>,
  who: Who,
): { removedVote: boolean; removedScores: number } {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], 'er kan niets meer worden gemeld.');
  assertOpenItem(item);
  sittingMember(db, meeting, input.memberId);
  db.prepare(
    `INSERT INTO budget_declarations (item_id, member_id, reason, declared_at, recorded_by) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(item_id, member_id) DO UPDATE SET reason = excluded.reason, declared_at = excluded.declared_at, recorded_by = excluded.recorded_by`,
  ).run(item.id, input.memberId, input.reason, who.at, who.name);
  // Whoever has a conflict of interest neither votes nor scores on this item.
  const removedVote =
    db.prepare('DELETE FROM budget_votes WHERE item_id = ? AND member_id = ?').run(item.id, input.memberId).changes > 0;
  const removedScores = db
    .prepare('DELETE FROM budget_scores WHERE item_id = ? AND member_id = ?')
    .run(item.id, input.memberId).changes;
  return { removedVote, removedScores };
}

export function score(db: Db, input: z.output<typeof scoreInput>, who: Who): void {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], 'er kan niet meer worden gescoord.');
  assertOpenItem(item);
  const member = sittingMember(db, meeting, input.memberId);
  if (db.prepare('SELECT 1 FROM budget_declarations WHERE item_id = ? AND member_id = ?').get(item.id, member.id)) {
    throw ApiError.field(
      'memberId',
      `${member.name} heeft belangenverstrengeling gemeld bij dit agendapunt en beoordeelt deze aanvraag niet.`,
    );
  }
  const criteria = getRound(db, applicationSummary(db, item.applicationId).roundId).criteria;
  const seen = new Set<number>();
  input.scores.forEach((s, i) => {
    const c = criteria.find((x) => x.id === s.criterionId);
    if (!c) throw ApiError.field(`scores.${i}.criterionId`, 'Dit criterium hoort niet bij de ronde van deze aanvraag.');
    if (seen.has(c.id)) throw ApiError.field(`scores.${i}.criterionId`, 'Elk criterium maar één keer.');
    seen.add(c.id);
    if (s.score > c.maxScore)
      throw ApiError.field(`scores.${i}.score`, `Hoogstens ${c.maxScore} punten voor "${c.name}".`);
  });
  db.prepare('DELETE FROM budget_scores WHERE item_id = ? AND member_id = ?').run(item.id, member.id);
  const insert = db.prepare(
    'INSERT INTO budget_scores (item_id, member_id, criterion_id, score, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const s of input.scores) insert.run(item.id, member.id, s.criterionId, s.score, who.at, who.name);
}

/** What a grant of `cents` on this application would break, if anything: the requested amount, the round's maximum, what remains. */
function checkGrant(db: Db, applicationId: number, cents: number): void {
  const app = applicationSummary(db, applicationId);
  const round = getRound(db, app.roundId);
  if (cents > app.requestedCents)
    throw ApiError.field(
      'proposedCents',
      `Het bedrag is hoger dan het gevraagde bedrag (${formatCents(app.requestedCents)}).`,
    );
  if (cents > round.maxCents)
    throw ApiError.field(
      'proposedCents',
      `Het bedrag is hoger dan het maximum van de ronde (${formatCents(round.maxCents)}).`,
    );
  if (cents > round.ledger.remainingCents) {
    throw ApiError.field(
      'proposedCents',
      `Er resteert nog ${formatCents(round.ledger.remainingCents)} in de ronde "${round.name}": een toekenning van ${formatCents(cents)} past niet.`,
    );
  }
}

export function propose(db: Db, input: z.output<typeof proposalInput>): void {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], 'het voorstel ligt vast.');
  assertOpenItem(item);
  const changed = item.proposedCents !== input.proposedCents || item.proposalConditions !== input.conditions;
  if (changed && votesOf(db, item.id).length)
    throw new ApiError(
      'CONFLICT',
      'Er is al gestemd over het voorstel: wis eerst de stemmen om het voorstel te wijzigen.',
    );
  checkGrant(db, item.applicationId, input.proposedCents);
  db.prepare('UPDATE budget_meeting_items SET proposed_cents = ?, proposal_conditions = ? WHERE id = ?').run(
    input.proposedCents,
    input.conditions,
    item.id,
  );
}

export function castVote(db: Db, input: z.output<typeof voteInput>, who: Who): void {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['geopend'], 'stemmen worden vastgelegd in een geopende vergadering.');
  assertOpenItem(item);
  if (item.proposedCents === null)
    throw ApiError.field('proposedCents', 'Leg eerst het voorstel vast waarover wordt gestemd.');
  const member = sittingMember(db, meeting, input.memberId);
  if (input.vote === null) {
    db.prepare('DELETE FROM budget_votes WHERE item_id = ? AND member_id = ?').run(item.id, member.id);
    return;
  }
  if (!member.voting) throw ApiError.field('memberId', `${member.name} is adviserend lid en stemt niet mee.`);
  if (attendanceOf(db, meeting.id).get(member.id) !== 'aanwezig')
    throw ApiError.field('memberId', `${member.name} is niet aanwezig bij deze vergadering en kan niet stemmen.`);
  if (db.prepare('SELECT 1 FROM budget_declarations WHERE item_id = ? AND member_id = ?').get(item.id, member.id)) {
    throw ApiError.field(
      'memberId',
      `${member.name} heeft belangenverstrengeling gemeld bij dit agendapunt en stemt niet mee.`,
    );
  }
  db.prepare(
    `INSERT INTO budget_votes (item_id, member_id, vote, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(item_id, member_id) DO UPDATE SET vote = excluded.vote, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run(item.id, member.id, input.vote, who.at, who.name);
}

/**
 * Takes the decision on an agenda item: deferral on request, or the outcome of the votes on the
 * proposal under the meeting's majority rule and tie-break. An adopted proposal grants its amount
 * (fully or partly), within what remains of the round; a rejected one rejects the application.
 */
export function decide(db: Db, input: z.output<typeof decideInput>, who: Who): Outcome {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['geopend'], 'besluiten worden genomen in een geopende vergadering.');
  assertOpenItem(item);
  const app = applicationSummary(db, item.applicationId);
  const state = itemState(db, meeting, item);
  let outcome: Outcome;
  let result: VoteResult | null = null;
  if (input.defer) {
    outcome = 'aangehouden';
  } else {
    if (item.proposedCents === null)
      throw ApiError.field('proposedCents', 'Leg eerst het voorstel vast waarover wordt gestemd.');
    if (!state.quorum.met)
      throw ApiError.field(
        'quorum',
        `${state.quorum.message} Over dit agendapunt kan niet worden besloten: houd de aanvraag aan.`,
      );
    const missing = state.eligibleVoters.filter((v) => v.vote === null);
    if (missing.length)
      throw ApiError.field('votes', `Nog geen stem vastgelegd voor: ${missing.map((m) => m.name).join(', ')}.`);
    result = voteResult(
      state.votes.filter((v) => state.eligibleVoters.some((e) => e.memberId === v.memberId)),
      meeting,
      meeting.chairMemberId,
    );
    outcome =
      result.result === 'aangenomen'
        ? item.proposedCents === app.requestedCents
          ? 'toegekend'
          : 'deels_toegekend'
        : result.result === 'verworpen'
          ? 'afgewezen'
          : 'aangehouden';
    if (result.result === 'aangenomen') checkGrant(db, app.id, item.proposedCents);
  }
  const granted = outcome === 'toegekend' || outcome === 'deels_toegekend';
  const grantedCents = granted ? item.proposedCents! : 0;
  const conditions = granted ? item.proposalConditions : '';
  db.prepare(
    `UPDATE budget_meeting_items SET outcome = ?, result = ?, granted_cents = ?, conditions = ?, motivation = ?, votes_for = ?, votes_against = ?,
      votes_abstain = ?, tie_break_note = ?, decided_at = ?, decided_by = ? WHERE id = ?`,
  ).run(
    outcome,
    input.defer ? 'aangehouden' : result!.tie ? 'staking' : result!.result,
    grantedCents,
    conditions,
    input.motivation,
    result?.voor ?? 0,
    result?.tegen ?? 0,
    result?.onthouding ?? 0,
    result?.tieBreakNote ?? '',
    who.at,
    who.name,
    item.id,
  );
  setStatus(db, app.id, outcome, who, `Vergadering ${formatDateNl(meeting.date)}: ${input.motivation}`);
  if (outcome !== 'aangehouden') {
    db.prepare(
      'UPDATE budget_applications SET decision_item_id = ?, decided_on = ?, granted_cents = ?, conditions = ? WHERE id = ?',
    ).run(item.id, meeting.date, grantedCents, conditions, app.id);
  }
  return outcome;
}

export const NOT_HANDLED = 'Niet behandeld in de vergadering; de aanvraag schuift door naar een volgende vergadering.';

export function closeMeeting(db: Db, meetingId: number, who: Who): number {
  const meeting = getMeetingRow(db, meetingId);
  assertMeetingStatus(meeting, ['geopend'], 'alleen een geopende vergadering kan worden gesloten.');
  const open = itemsOf(db, meetingId).filter((i) => !i.decidedAt);
  for (const item of open) decide(db, { itemId: item.id, defer: true, motivation: NOT_HANDLED }, who);
  db.prepare("UPDATE budget_meetings SET status = 'gesloten', closed_at = ? WHERE id = ?").run(who.at, meetingId);
  return open.length;
}

const RECORDERS = ['beheerder', 'commissie'] as const;
const itemLabel = (db: Db, itemId: number) => {
  const item = getItem(db, itemId);
  const app = applicationSummary(db, item.applicationId);
  return { item, app, label: `${app.number} "${app.title}"` };
};

export const budgetMeetingMethods = {
  'meetings.list': method({
    description:
      'Vergaderingen van de commissie, nieuwste eerst, met het aantal agendapunten, besluiten en aanwezigen. Voor de commissie alleen met een account van een zittend lid.',
    access: RECORDERS,
    mode: 'read',
    input: meetingQuery,
    handler: ({ db, actor }, q) => {
      if (actor?.role !== 'beheerder' && !sittingMemberOfActor(db, actor)) return [];
      return (
        db
          .prepare(
            `${MEETING_SELECT} WHERE (? IS NULL OR m.date >= ?) AND (? IS NULL OR m.date <= ?) ORDER BY m.date DESC, m.start_time DESC`,
          )
          .all(q.from, q.from, q.to, q.to) as MeetingRow[]
      ).map((m) => ({
        ...m,
        items: (
          db.prepare('SELECT count(*) AS n FROM budget_meeting_items WHERE meeting_id = ?').get(m.id) as { n: number }
        ).n,
        decided: (
          db
            .prepare('SELECT count(*) AS n FROM budget_meeting_items WHERE meeting_id = ? AND decided_at IS NOT NULL')
            .get(m.id) as { n: number }
        ).n,
        present: (
          db
            .prepare("SELECT count(*) AS n FROM budget_attendance WHERE meeting_id = ? AND status = 'aanwezig'")
            .get(m.id) as { n: number }
        ).n,
      }));
    },
  }),
  'meetings.get': method({
    description:
      'Eén vergadering: regels, leden met presentie, voorzitter, quorum, samenstelling, en per agendapunt de aanvraag, het voorstel, meldingen van belangenverstrengeling, wie mag stemmen, de stemmen, het quorum van dat punt, scores en het besluit; met het grootboek van de betrokken rondes.',
    access: RECORDERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => {
      assertCommitteeAccess(db, actor);
      return meetingDetail(db, input.id, actor);
    },
  }),
  'meetings.create': method({
    description: 'Plant een vergadering (datum, tijd, plaats of ruimte); ze neemt het reglement van de commissie over.',
    access: ['beheerder'],
    mode: 'write',
    input: meetingInput,
    handler: (ctx, input) => {
      const meetingId = insertMeeting(ctx.db, input, whoOf(ctx));
      ctx.audit({
        entity: 'budget_meetings',
        entityId: meetingId,
        summary: `Vergadering gepland op ${input.date} ${input.startTime}`,
      });
      return meetingDetail(ctx.db, meetingId, ctx.actor);
    },
  }),
  'meetings.update': method({
    description:
      'Wijzigt een geplande vergadering: datum, tijd, plaats, notities en eventueel de regels voor deze vergadering.',
    access: ['beheerder'],
    mode: 'write',
    input: meetingUpdate,
    handler: ({ db, actor, audit }, input) => {
      const before = getMeetingRow(db, input.id);
      assertMeetingStatus(before, ['gepland'], 'alleen een geplande vergadering kan worden gewijzigd.');
      if (input.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(input.roomId))
        throw ApiError.field('roomId', 'Deze ruimte bestaat niet.');
      const rules = {
        quorumKind: input.quorumKind ?? before.quorumKind,
        quorumCount: input.quorumCount ?? before.quorumCount,
        majority: input.majority ?? before.majority,
        tieBreak: input.tieBreak ?? before.tieBreak,
      };
      db.prepare(
        'UPDATE budget_meetings SET date = ?, start_time = ?, location = ?, room_id = ?, notes = ?, quorum_kind = ?, quorum_count = ?, majority = ?, tie_break = ? WHERE id = ?',
      ).run(
        input.date,
        input.startTime,
        input.location,
        input.roomId,
        input.notes,
        rules.quorumKind,
        rules.quorumCount,
        rules.majority,
        rules.tieBreak,
        input.id,
      );
      audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering ${before.date} gewijzigd: ${input.date} ${input.startTime}, ${rules.quorumKind}/${rules.majority}/${rules.tieBreak}`,
      });
      return meetingDetail(db, input.id, actor);
    },
  }),
  'meetings.setAgenda': method({
    description:
      'Stelt de agenda vast: de ontvankelijke of aangehouden aanvragen in volgorde. Nieuwe punten worden geagendeerd; weggehaalde punten (zonder stemmen of besluit) gaan terug naar ontvankelijk of aangehouden.',
    access: ['beheerder'],
    mode: 'write',
    input: agendaInput,
    handler: (ctx, input) => {
      const { added, removed } = setAgenda(ctx.db, input.id, input.applicationIds, whoOf(ctx));
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Agenda: ${input.applicationIds.length} punten${added.length ? `, toegevoegd ${added.map((a) => applicationSummary(ctx.db, a).number).join(', ')}` : ''}${removed.length ? `, weggehaald ${removed.map((a) => applicationSummary(ctx.db, a).number).join(', ')}` : ''}`,
      });
      return meetingDetail(ctx.db, input.id, ctx.actor);
    },
  }),
  'meetings.attendance': method({
    description:
      'Legt de presentie vast (aanwezig, afwezig met bericht, afwezig; de lijst vervangt de vorige), eventueel een waarnemend voorzitter en overige aanwezigen. Door de secretaris of de beheerder. Wie al stemde over een openstaand punt, kan niet weg.',
    access: RECORDERS,
    mode: 'write',
    input: attendanceInput,
    handler: ({ db, actor, audit }, input) => {
      assertRecorder(db, actor);
      recordAttendance(db, input);
      const present = input.members.filter((m) => m.status === 'aanwezig').length;
      audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Presentie: ${present} aanwezig, ${input.members.length - present} afwezig${input.chairMemberId ? `, voorzitter lid ${input.chairMemberId}` : ''}`,
      });
      return meetingDetail(db, input.id, actor);
    },
  }),
  'meetings.open': method({
    description:
      'Opent de vergadering. Weigert als de commissie niet volgens de regels is samengesteld (meerderheid bewoners), als de aanwezige stemgerechtigde leden het quorum niet halen, of als er geen voorzitter aanwezig is.',
    access: RECORDERS,
    mode: 'write',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertRecorder(ctx.db, ctx.actor);
      openMeeting(ctx.db, input.id, whoOf(ctx));
      const detail = meetingDetail(ctx.db, input.id, ctx.actor);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering van ${detail.date} geopend; ${detail.quorum.message}`,
      });
      return detail;
    },
  }),
  'meetings.declare': method({
    description:
      'Meldt belangenverstrengeling van een lid bij een agendapunt: het lid stemt en scoort daar niet mee en telt voor het quorum van dat punt niet mee; een al gegeven stem of score vervalt. Een commissielid meldt alleen voor zichzelf.',
    access: RECORDERS,
    mode: 'write',
    input: declarationInput,
    handler: (ctx, input) => {
      assertSelfOrRecorder(ctx.db, ctx.actor, input.memberId);
      const { removedVote, removedScores } = declare(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Belangenverstrengeling ${getMember(ctx.db, input.memberId).name} bij ${label}: ${input.reason}${removedVote ? '; stem vervallen' : ''}${removedScores ? '; scores vervallen' : ''}`,
      });
      return meetingDetail(ctx.db, item.meetingId, ctx.actor);
    },
  }),
  'meetings.withdrawDeclaration': method({
    description:
      'Trekt een melding van belangenverstrengeling in (vóór het besluit). Een commissielid alleen voor zichzelf.',
    access: RECORDERS,
    mode: 'write',
    input: declarationRemove,
    handler: ({ db, actor, audit }, input) => {
      assertSelfOrRecorder(db, actor, input.memberId);
      const { item, label } = itemLabel(db, input.itemId);
      assertMeetingStatus(
        getMeetingRow(db, item.meetingId),
        ['gepland', 'geopend'],
        'er kan niets meer worden gewijzigd.',
      );
      assertOpenItem(item);
      if (
        db.prepare('DELETE FROM budget_declarations WHERE item_id = ? AND member_id = ?').run(item.id, input.memberId)
          .changes === 0
      )
        throw new ApiError('NOT_FOUND', 'Er is geen melding van dit lid bij dit agendapunt.');
      audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Melding belangenverstrengeling ${getMember(db, input.memberId).name} bij ${label} ingetrokken`,
      });
      return meetingDetail(db, item.meetingId, actor);
    },
  }),
  'meetings.score': method({
    description:
      'Legt de scores van een lid op de criteria van de ronde vast voor een agendapunt (vervangt eerdere scores van dat lid). Een commissielid scoort alleen voor zichzelf; niet bij belangenverstrengeling.',
    access: RECORDERS,
    mode: 'write',
    input: scoreInput,
    handler: (ctx, input) => {
      assertSelfOrRecorder(ctx.db, ctx.actor, input.memberId);
      score(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Scores van ${getMember(ctx.db, input.memberId).name} bij ${label}: ${input.scores.map((s) => s.score).join(', ')}`,
      });
      return scoreOverview(ctx.db, item);
    },
  }),
  'meetings.propose': method({
    description:
      'Legt het voorstel vast waarover bij een agendapunt wordt gestemd: het toe te kennen bedrag (hoogstens het gevraagde, het maximum van de ronde en wat resteert) en de voorwaarden.',
    access: RECORDERS,
    mode: 'write',
    input: proposalInput,
    handler: ({ db, actor, audit }, input) => {
      assertRecorder(db, actor);
      propose(db, input);
      const { item, label } = itemLabel(db, input.itemId);
      audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Voorstel bij ${label}: ${formatCents(input.proposedCents)}${input.conditions ? ` onder voorwaarden` : ''}`,
      });
      return meetingDetail(db, item.meetingId, actor);
    },
  }),
  'meetings.vote': method({
    description:
      'Legt in de vergadering de stem van één lid vast (voor, tegen, onthouding; null wist de stem). Alleen aanwezige, stemgerechtigde leden zonder belangenverstrengeling bij dit punt.',
    access: RECORDERS,
    mode: 'write',
    input: voteInput,
    handler: (ctx, input) => {
      assertRecorder(ctx.db, ctx.actor);
      castVote(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Stem ${getMember(ctx.db, input.memberId).name} bij ${label}: ${input.vote ?? 'gewist'}`,
      });
      return meetingDetail(ctx.db, item.meetingId, ctx.actor);
    },
  }),
  'meetings.decide': method({
    description:
      'Neemt het besluit over een agendapunt, met verplichte motivering: aanhouden op verzoek, of de uitkomst van de stemming (meerderheidsregel en beslissing bij staking). Vraagt quorum voor dat punt en een stem van elk stemgerechtigd aanwezig lid; een toekenning past binnen wat resteert.',
    access: RECORDERS,
    mode: 'write',
    input: decideInput,
    handler: (ctx, input) => {
      assertRecorder(ctx.db, ctx.actor);
      const outcome = decide(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: item.applicationId,
        summary: `Besluit over ${label}: ${outcome.replace('_', ' ')}${item.grantedCents ? ` ${formatCents(item.grantedCents)}` : ''} (${item.votesFor} voor, ${item.votesAgainst} tegen, ${item.votesAbstain} onthouding)`,
      });
      return meetingDetail(ctx.db, item.meetingId, ctx.actor);
    },
  }),
  'meetings.close': method({
    description: 'Sluit de vergadering. Agendapunten zonder besluit worden aangehouden voor een volgende vergadering.',
    access: RECORDERS,
    mode: 'write',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertRecorder(ctx.db, ctx.actor);
      const deferred = closeMeeting(ctx.db, input.id, whoOf(ctx));
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering gesloten${deferred ? `; ${deferred} punt(en) niet behandeld en aangehouden` : ''}`,
      });
      return meetingDetail(ctx.db, input.id, ctx.actor);
    },
  }),
  'meetings.cancel': method({
    description:
      'Annuleert een geplande vergadering; de aanvragen op de agenda gaan terug naar ontvankelijk of aangehouden.',
    access: ['beheerder'],
    mode: 'write',
    input: meetingCancel,
    handler: (ctx, input) => {
      const meeting = getMeetingRow(ctx.db, input.id);
      assertMeetingStatus(meeting, ['gepland'], 'alleen een geplande vergadering kan worden geannuleerd.');
      setAgenda(ctx.db, input.id, [], whoOf(ctx));
      ctx.db
        .prepare("UPDATE budget_meetings SET status = 'geannuleerd', cancel_reason = ? WHERE id = ?")
        .run(input.reason, input.id);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering van ${meeting.date} geannuleerd: ${input.reason}`,
      });
      return meetingDetail(ctx.db, input.id, ctx.actor);
    },
  }),
};
