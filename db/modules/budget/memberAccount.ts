import type { Db } from '../../platform/database';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { getMember, insertMember } from './committee';
import { memberInput } from './committeeSchemas';

/** The member a new commissie account belongs to (accounts' `committeeLink`, repeated here so budget imports no accounts). */
export type AccountMemberLink =
  { kind: 'bestaand'; memberId: number } | { kind: 'nieuw'; termFrom: string; isResident: boolean; voting: boolean };

/** The account dialog shows these errors under its own fields, named 'committee.…'. */
function underCommittee(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([key, m]) => [`committee.${key}`, m]));
  return new ApiError(error.code, error.message, fields);
}

/**
 * Links a new commissie account to its committee member in the same write as the account (users.create): an
 * account without a member sees no applications and no meetings. An existing member must still sit (or start
 * later) and have no account yet; a new member gets the account's name and the usual rules (composition,
 * the account's role). Returns the member's id; `now` is the local 'YYYY-MM-DDTHH:MM:SS'.
 */
export function linkAccountToMember(
  db: Db,
  account: { id: number; name: string },
  link: AccountMemberLink,
  now: string,
): { memberId: number; created: boolean } {
  if (link.kind === 'bestaand') {
    const member = getMember(db, link.memberId, 'committee.memberId');
    if (member.termTo !== null && member.termTo < now.slice(0, 10))
      throw ApiError.field(
        'committee.memberId',
        msg(`De zittingstermijn van ${member.name} is voorbij.`, `The term of ${member.name} has ended.`),
      );
    if (member.userId !== null)
      throw ApiError.field(
        'committee.memberId',
        msg(
          `${member.name} heeft al een account: ${member.userName ?? ''}.`,
          `${member.name} already has an account: ${member.userName ?? ''}.`,
        ),
      );
    db.prepare('UPDATE committee_members SET user_id = ? WHERE id = ?').run(account.id, member.id);
    return { memberId: member.id, created: false };
  }
  const input = memberInput.parse({
    name: account.name,
    phone: '',
    email: '',
    termFrom: link.termFrom,
    isResident: link.isResident,
    voting: link.voting,
    userId: account.id,
    notes: '',
  });
  try {
    return { memberId: insertMember(db, input, now), created: true };
  } catch (error) {
    throw underCommittee(error);
  }
}
