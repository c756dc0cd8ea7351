import { previewResult, type Preview } from '../shared/voteResult';
import type { Item, Meeting } from './types';

/** The result so far, counting only the votes of members who may vote on this item. */
export function votePreview(meeting: Meeting, item: Item): Preview {
  const eligible = new Set(item.eligibleVoters.map((v) => v.memberId));
  return previewResult(
    item.votes.filter((v) => eligible.has(v.memberId)),
    meeting.majority,
    meeting.tieBreak,
    meeting.chair?.memberId ?? null,
  );
}
