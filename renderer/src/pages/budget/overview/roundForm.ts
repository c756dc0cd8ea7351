import type { SCHEMES } from '../../../../../db/modules/budget/schemas';
import type { Input, Output } from '../../../api/client';
import { centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';

export type Year = Output<'budget.years'>[number];
export type Round = Year['rounds'][number];

export interface RoundValues {
  yearId: string | null;
  name: string;
  scheme: (typeof SCHEMES)[number];
  opensOn: string;
  closesOn: string;
  /** Euros as typed, under the method's keys so the core's errors land on these inputs. */
  minCents: MoneyValue;
  maxCents: MoneyValue;
  ceilingCents: MoneyValue;
  executionFrom: string;
  executionTo: string;
  wijken: string[];
  description: string;
  criteria: { id: number | null; name: string; description: string; maxScore: number | string }[];
}

export function roundValuesOf(year: Year, round?: Round): RoundValues {
  if (!round) {
    return {
      yearId: String(year.id),
      name: '',
      scheme: 'lokaal_budget',
      opensOn: `${year.year}-01-01`,
      closesOn: `${year.year}-12-31`,
      minCents: '',
      maxCents: '',
      ceilingCents: centsToEuros(Math.max(0, year.unallocatedCents)),
      executionFrom: `${year.year}-01-01`,
      executionTo: `${year.year}-12-31`,
      wijken: [],
      description: '',
      criteria: [],
    };
  }
  return {
    yearId: String(round.yearId),
    name: round.name,
    scheme: round.scheme,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    minCents: centsToEuros(round.minCents),
    maxCents: centsToEuros(round.maxCents),
    ceilingCents: centsToEuros(round.ceilingCents),
    executionFrom: round.executionFrom,
    executionTo: round.executionTo,
    wijken: round.wijken,
    description: round.description,
    criteria: round.criteria.map((c) => ({ ...c, id: c.id })),
  };
}

/** Form values → the method's input; an empty maximum score stays missing, so the schema names it. */
export function roundInputOf(v: RoundValues): Input<'budget.createRound'> {
  return {
    ...v,
    yearId: Number(v.yearId),
    minCents: eurosToCents(v.minCents) as number,
    maxCents: eurosToCents(v.maxCents) as number,
    ceilingCents: eurosToCents(v.ceilingCents) as number,
    criteria: v.criteria.map((c) => ({
      ...c,
      maxScore: c.maxScore === '' ? (undefined as unknown as number) : Number(c.maxScore),
    })),
  };
}
