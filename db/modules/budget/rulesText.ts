import { msg } from '../../platform/messages';
import type { Rules } from './committee';

/** The rules in words, for the agenda pack and the minutes. */
export function rulesText(rules: Rules): { quorum: string; majority: string; tieBreak: string } {
  return {
    quorum:
      rules.quorumKind === 'aantal'
        ? msg(
            `Quorum: minstens ${rules.quorumCount} stemgerechtigde leden aanwezig.`,
            `Quorum: at least ${rules.quorumCount} voting members present.`,
          )
        : rules.quorumKind === 'twee_derde'
          ? msg(
              'Quorum: minstens twee derde van de stemgerechtigde leden aanwezig.',
              'Quorum: at least two thirds of the voting members present.',
            )
          : msg(
              'Quorum: meer dan de helft van de stemgerechtigde leden aanwezig.',
              'Quorum: more than half of the voting members present.',
            ),
    majority:
      rules.majority === 'gewone_meerderheid'
        ? msg(
            'Een voorstel is aangenomen als er meer stemmen voor dan tegen zijn; onthoudingen tellen niet mee.',
            'A proposal is carried when there are more votes for than against; abstentions do not count.',
          )
        : msg(
            'Een voorstel is aangenomen als meer dan de helft van de uitgebrachte stemmen (onthoudingen meegeteld) voor is.',
            'A proposal is carried when more than half of the votes cast (abstentions included) are for it.',
          ),
    tieBreak:
      rules.tieBreak === 'voorzitter'
        ? msg(
            'Staken de stemmen, dan beslist de stem van de voorzitter; stemde de voorzitter niet voor of tegen, dan wordt de aanvraag aangehouden.',
            'On a tie the chair’s vote decides; when the chair voted neither for nor against, the application is deferred.',
          )
        : rules.tieBreak === 'aanhouden'
          ? msg(
              'Staken de stemmen, dan wordt de aanvraag aangehouden tot de volgende vergadering.',
              'On a tie the application is deferred to the next meeting.',
            )
          : msg(
              'Staken de stemmen, dan is het voorstel verworpen en de aanvraag afgewezen.',
              'On a tie the proposal is defeated and the application refused.',
            ),
  };
}
