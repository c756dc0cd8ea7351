import type { Db } from '../../../platform/database';
import { msg } from '../../../platform/messages';
import { say } from '../say';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import type { proposalInput } from '../schemas';
import { applicationSummary } from '../applications/summary';
import { getRound } from '../rounds';
import { assertMeetingStatus, assertOpenItem, getItem, getMeetingRow, votesOf } from './records';

/** The proposal the committee votes on: an amount within the rules, and conditions. */

/** What a grant of `cents` on this application would break, if anything: the requested amount, the round's maximum, what remains. */
export function checkGrant(db: Db, applicationId: number, cents: number): void {
  const app = applicationSummary(db, applicationId);
  const round = getRound(db, app.roundId);
  if (cents > app.requestedCents)
    throw ApiError.field(
      'proposedCents',
      say(
        ({ euro }) => `Het bedrag is hoger dan het gevraagde bedrag (${euro(app.requestedCents)}).`,
        ({ euro }) => `The amount is higher than the requested amount (${euro(app.requestedCents)}).`,
      ),
    );
  if (cents > round.maxCents)
    throw ApiError.field(
      'proposedCents',
      say(
        ({ euro }) => `Het bedrag is hoger dan het maximum van de ronde (${euro(round.maxCents)}).`,
        ({ euro }) => `The amount is higher than the round’s maximum (${euro(round.maxCents)}).`,
      ),
    );
  if (cents > round.ledger.remainingCents) {
    throw ApiError.field(
      'proposedCents',
      say(
        ({ euro }) =>
          `Er resteert nog ${euro(round.ledger.remainingCents)} in de ronde "${round.name}": een toekenning van ${euro(cents)} past niet.`,
        ({ euro }) =>
          `${euro(round.ledger.remainingCents)} remains in the round "${round.name}": a grant of ${euro(cents)} does not fit.`,
      ),
    );
  }
}

export function propose(db: Db, input: z.output<typeof proposalInput>): void {
  const item = getItem(db, input.itemId);
  const meeting = getMeetingRow(db, item.meetingId);
  assertMeetingStatus(meeting, ['gepland', 'geopend'], msg('het voorstel ligt vast.', 'the proposal is fixed.'));
  assertOpenItem(item);
  const changed = item.proposedCents !== input.proposedCents || item.proposalConditions !== input.conditions;
  if (changed && votesOf(db, item.id).length)
    throw new ApiError(
      'CONFLICT',
      msg(
        'Er is al gestemd over het voorstel: wis eerst de stemmen om het voorstel te wijzigen.',
        'The proposal has already been voted on: clear the votes first to change the proposal.',
      ),
    );
  checkGrant(db, item.applicationId, input.proposedCents);
  db.prepare('UPDATE budget_meeting_items SET proposed_cents = ?, proposal_conditions = ? WHERE id = ?').run(
    input.proposedCents,
    input.conditions,
    item.id,
  );
}
