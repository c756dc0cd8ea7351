import type { Db } from '../../../platform/database';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import type { scoreInput } from '../schemas';
import type { Who } from '../shared';
import { applicationSummary } from '../applications/summary';
import { getRound } from '../rounds';
import { assertMeetingStatus, assertOpenItem, getItem, getMeetingRow, sittingMember, type ItemRow } from './records';
import { msg } from '../../../platform/messages';

/** The members' scores on the round's criteria, per agenda item. */

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

export function score(db: Db, input: z.output<typeof scoreInput>, who: Who): void {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(
    meeting,
    ['gepland', 'geopend'],
    msg('er kan niet meer worden gescoord.', 'no more scores can be given.'),
  );
  assertOpenItem(item);
  const member = sittingMember(db, meeting, input.memberId);
  if (db.prepare('SELECT 1 FROM budget_declarations WHERE item_id = ? AND member_id = ?').get(item.id, member.id)) {
    throw ApiError.field(
      'memberId',
      msg(
        `${member.name} heeft belangenverstrengeling gemeld bij dit agendapunt en beoordeelt deze aanvraag niet.`,
        `${member.name} declared a conflict of interest on this agenda item and does not assess this application.`,
      ),
    );
  }
  const criteria = getRound(db, applicationSummary(db, item.applicationId).roundId).criteria;
  const seen = new Set<number>();
  input.scores.forEach((s, i) => {
    const c = criteria.find((x) => x.id === s.criterionId);
    if (!c)
      throw ApiError.field(
        `scores.${i}.criterionId`,
        msg(
          'Dit criterium hoort niet bij de ronde van deze aanvraag.',
          'This criterion does not belong to the round of this application.',
        ),
      );
    if (seen.has(c.id))
      throw ApiError.field(`scores.${i}.criterionId`, msg('Elk criterium maar één keer.', 'Each criterion only once.'));
    seen.add(c.id);
    if (s.score > c.maxScore)
      throw ApiError.field(
        `scores.${i}.score`,
        msg(`Hoogstens ${c.maxScore} punten voor "${c.name}".`, `At most ${c.maxScore} points for "${c.name}".`),
      );
  });
  db.prepare('DELETE FROM budget_scores WHERE item_id = ? AND member_id = ?').run(item.id, member.id);
  const insert = db.prepare(
    'INSERT INTO budget_scores (item_id, member_id, criterion_id, score, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const s of input.scores) insert.run(item.id, member.id, s.criterionId, s.score, who.at, who.name);
}
