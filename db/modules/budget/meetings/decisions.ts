import type { Db } from '../../../platform/database';
import { compose, msg } from '../../../platform/messages';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import { formatDateNl } from '../../../platform/clock';
import type { Outcome, decideInput } from '../schemas';
import { setStatus, type Who } from '../shared';
import { applicationSummary } from '../applications/summary';
import { assertMeetingStatus, assertOpenItem, getItem, getMeetingRow, itemsOf } from './records';
import { itemState, voteResult, type VoteResult } from './votes';
import { checkGrant } from './proposals';

/** Deciding on an agenda item, and closing the meeting (what was not decided is deferred). */

/**
 * Takes the decision on an agenda item: deferral on request, or the outcome of the votes on the
 * proposal under the meeting's majority rule and tie-break. An adopted proposal grants its amount
 * (fully or partly), within what remains of the round; a rejected one rejects the application.
 */
const DECIDED_IN_OPEN_MEETING = msg(
  'besluiten worden genomen in een geopende vergadering.',
  'decisions are taken in an opened meeting.',
);

export function decide(db: Db, input: z.output<typeof decideInput>, who: Who): Outcome {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['geopend'], DECIDED_IN_OPEN_MEETING);
  assertOpenItem(item);
  const app = applicationSummary(db, item.applicationId);
  const state = itemState(db, meeting, item);
  let outcome: Outcome;
  let result: VoteResult | null = null;
  if (input.defer) {
    outcome = 'aangehouden';
  } else {
    if (item.proposedCents === null)
      throw ApiError.field(
        'proposedCents',
        msg('Leg eerst het voorstel vast waarover wordt gestemd.', 'First record the proposal to be voted on.'),
      );
    if (!state.quorum.met)
      throw ApiError.field(
        'quorum',
        compose((t, lang) =>
          lang === 'nl'
            ? `${t(state.quorum.message)} Over dit agendapunt kan niet worden besloten: houd de aanvraag aan.`
            : `${t(state.quorum.message)} No decision can be taken on this item: defer the application.`,
        ),
      );
    const missing = state.eligibleVoters.filter((v) => v.vote === null);
    if (missing.length)
      throw ApiError.field(
        'votes',
        msg(
          `Nog geen stem vastgelegd voor: ${missing.map((m) => m.name).join(', ')}.`,
          `No vote recorded yet for: ${missing.map((m) => m.name).join(', ')}.`,
        ),
      );
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
  assertMeetingStatus(
    meeting,
    ['geopend'],
    msg('alleen een geopende vergadering kan worden gesloten.', 'only an opened meeting can be closed.'),
  );
  const open = itemsOf(db, meetingId).filter((i) => !i.decidedAt);
  for (const item of open) decide(db, { itemId: item.id, defer: true, motivation: NOT_HANDLED }, who);
  db.prepare("UPDATE budget_meetings SET status = 'gesloten', closed_at = ? WHERE id = ?").run(who.at, meetingId);
  return open.length;
}
