import type { Db } from '../../../platform/database';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import type { Vote, voteInput } from '../schemas';
import type { Who } from '../shared';
import type { Rules } from '../committee';
import {
  assertMeetingStatus,
  assertOpenItem,
  attendanceOf,
  declarationsOf,
  getItem,
  getMeetingRow,
  meetingContext,
  sittingMember,
  votesOf,
  type ItemRow,
  type MeetingRow,
} from './records';
import { quorumOf } from './attendance';
import { msg } from '../../../platform/messages';

/** The votes on an agenda item: who may vote, recording a vote, and what the votes decide. */

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

/** An item's declarations and votes, who may vote on it, and its quorum. */
export function itemState(db: Db, meeting: MeetingRow, item: ItemRow) {
  const { voting, attendance } = meetingContext(db, meeting);
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

export function castVote(db: Db, input: z.output<typeof voteInput>, who: Who): void {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(
    meeting,
    ['geopend'],
    msg('stemmen worden vastgelegd in een geopende vergadering.', 'votes are recorded in an opened meeting.'),
  );
  assertOpenItem(item);
  if (item.proposedCents === null)
    throw ApiError.field(
      'proposedCents',
      msg('Leg eerst het voorstel vast waarover wordt gestemd.', 'First record the proposal to be voted on.'),
    );
  const member = sittingMember(db, meeting, input.memberId);
  if (input.vote === null) {
    db.prepare('DELETE FROM budget_votes WHERE item_id = ? AND member_id = ?').run(item.id, member.id);
    return;
  }
  if (!member.voting)
    throw ApiError.field(
      'memberId',
      msg(
        `${member.name} is adviserend lid en stemt niet mee.`,
        `${member.name} is an advisory member and does not vote.`,
      ),
    );
  if (attendanceOf(db, meeting.id).get(member.id) !== 'aanwezig')
    throw ApiError.field(
      'memberId',
      msg(
        `${member.name} is niet aanwezig bij deze vergadering en kan niet stemmen.`,
        `${member.name} is not present at this meeting and cannot vote.`,
      ),
    );
  if (db.prepare('SELECT 1 FROM budget_declarations WHERE item_id = ? AND member_id = ?').get(item.id, member.id)) {
    throw ApiError.field(
      'memberId',
      msg(
        `${member.name} heeft belangenverstrengeling gemeld bij dit agendapunt en stemt niet mee.`,
        `${member.name} declared a conflict of interest on this agenda item and does not vote.`,
      ),
    );
  }
  db.prepare(
    `INSERT INTO budget_votes (item_id, member_id, vote, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(item_id, member_id) DO UPDATE SET vote = excluded.vote, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run(item.id, member.id, input.vote, who.at, who.name);
}
