import { ApiError } from '../../platform/errors';
import { addDays } from '../../platform/clock';
import { msg } from '../../platform/messages';
import { say } from './say';
import { inTerm, type MemberRow } from './shared';

/** The committee's composition rule: a majority of the voting members sitting on a date are residents of the wijk. */
type Term = Pick<MemberRow, 'termFrom' | 'termTo' | 'voting' | 'isResident' | 'isWijkraad'>;

export interface Composition {
  date: string;
  voting: number;
  votingResidents: number;
  advisory: number;
  wijkraad: number;
  /** The rule: a majority of the voting members are residents of the wijk. */
  ok: boolean;
  message: string;
}

export function compositionOf(members: Term[], date: string): Composition {
  const sitting = members.filter((m) => inTerm(m, date));
  const voting = sitting.filter((m) => m.voting);
  const residents = voting.filter((m) => m.isResident).length;
  const ok = voting.length === 0 || residents * 2 > voting.length;
  return {
    date,
    voting: voting.length,
    votingResidents: residents,
    advisory: sitting.length - voting.length,
    wijkraad: sitting.filter((m) => m.isWijkraad).length,
    ok,
    message: ok
      ? msg(
          `${residents} van de ${voting.length} stemgerechtigde leden zijn bewoner van de wijk.`,
          `${residents} of the ${voting.length} voting members live in the neighbourhood.`,
        )
      : say(
          ({ day }) =>
            `Op ${day(date)} zijn ${residents} van de ${voting.length} stemgerechtigde leden bewoner van de wijk: dat is geen meerderheid.`,
          ({ day }) =>
            `On ${day(date)} ${residents} of the ${voting.length} voting members live in the neighbourhood: that is no majority.`,
        ),
  };
}

/** The dates on which the composition can change, from today on. */
function boundaries(members: Term[], today: string): string[] {
  const dates = new Set([today]);
  for (const m of members) {
    if (m.termFrom > today) dates.add(m.termFrom);
    if (m.termTo !== null && m.termTo >= today) dates.add(addDays(m.termTo, 1));
  }
  return [...dates].sort();
}

/**
 * The composition rule, enforced on every change of the committee: no change may break it on any
 * date from today on where it held before. Ending a term is the exception: a member who leaves has
 * left. The committee is then flagged, and no meeting opens until it is in balance again.
 */
export function checkComposition(before: Term[], after: Term[], field: string, today: string): void {
  for (const date of boundaries([...before, ...after], today)) {
    const was = compositionOf(before, date);
    const is = compositionOf(after, date);
    if (was.ok && !is.ok) {
      throw ApiError.field(
        field,
        say(
          ({ t }) =>
            `De meerderheid van de stemgerechtigde leden moet bewoner van de wijk zijn. ${t(is.message)} Voeg eerst een bewoner toe, of maak dit lid adviserend.`,
          ({ t }) =>
            `Most voting members must live in the neighbourhood. ${t(is.message)} Add a resident first, or make this member advisory.`,
        ),
      );
    }
  }
}
