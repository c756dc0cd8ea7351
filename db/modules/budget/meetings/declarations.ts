import type { Db } from '../../../platform/database';
import { msg } from '../../../platform/messages';
import type { z } from '../../../contract/zod';
import type { declarationInput } from '../schemas';
import type { Who } from '../shared';
import { assertMeetingStatus, assertOpenItem, getItem, getMeetingRow, sittingMember } from './records';

/** A conflict of interest: whoever declares one neither votes nor scores on that item. */

export function declare(
  db: Db,
  input: z.output<typeof declarationInput>,
  who: Who,
): { removedVote: boolean; removedScores: number } {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(
    meeting,
    ['gepland', 'geopend'],
    msg('er kan niets meer worden gemeld.', 'nothing more can be declared.'),
  );
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
