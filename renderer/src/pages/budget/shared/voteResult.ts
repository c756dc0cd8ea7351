/**
 * The outcome of the votes as the core computes it (db/modules/budget/meetings.ts voteResult), so the
 * room sees the result under the meeting's majority rule and tie-break before the decision is taken.
 */
export type VoteValue = 'voor' | 'tegen' | 'onthouding';
export type Majority = 'gewone_meerderheid' | 'volstrekte_meerderheid';
export type TieBreak = 'voorzitter' | 'aanhouden' | 'afwijzen';

export interface Preview {
  voor: number;
  tegen: number;
  onthouding: number;
  result: 'aangenomen' | 'verworpen' | 'aangehouden';
  tie: boolean;
  /** Why the tie ended as it did: 'chairFor', 'chairAgainst', 'chairNone', 'defer', 'reject'. */
  tieReason: 'chairFor' | 'chairAgainst' | 'chairNone' | 'defer' | 'reject' | null;
}

export function previewResult(
  votes: { memberId: number; vote: VoteValue }[],
  majority: Majority,
  tieBreak: TieBreak,
  chairMemberId: number | null,
): Preview {
  const voor = votes.filter((v) => v.vote === 'voor').length;
  const tegen = votes.filter((v) => v.vote === 'tegen').length;
  const onthouding = votes.filter((v) => v.vote === 'onthouding').length;
  const cast = voor + tegen + onthouding;
  const base = { voor, tegen, onthouding };
  let outcome: 'aangenomen' | 'verworpen' | 'staking';
  if (majority === 'gewone_meerderheid') outcome = voor > tegen ? 'aangenomen' : voor < tegen ? 'verworpen' : 'staking';
  else outcome = voor * 2 > cast ? 'aangenomen' : voor * 2 === cast ? 'staking' : 'verworpen';
  if (outcome !== 'staking') return { ...base, result: outcome, tie: false, tieReason: null };
  if (tieBreak === 'aanhouden') return { ...base, result: 'aangehouden', tie: true, tieReason: 'defer' };
  if (tieBreak === 'afwijzen') return { ...base, result: 'verworpen', tie: true, tieReason: 'reject' };
  const chair = votes.find((v) => v.memberId === chairMemberId);
  if (chair?.vote === 'voor') return { ...base, result: 'aangenomen', tie: true, tieReason: 'chairFor' };
  if (chair?.vote === 'tegen') return { ...base, result: 'verworpen', tie: true, tieReason: 'chairAgainst' };
  return { ...base, result: 'aangehouden', tie: true, tieReason: 'chairNone' };
}
