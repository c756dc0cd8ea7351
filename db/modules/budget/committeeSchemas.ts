import { z } from '../../contract/zod';
import {
  clockTime,
  id,
  isoDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  planDate,
} from '../../contract/fields';
import { ATTENDANCE_STATUSES, MAJORITY_RULES, QUORUM_KINDS, TIE_BREAKS, VOTES } from './vocabulary';
import { positiveCents } from './amountSchemas';
import { msg } from '../../platform/messages';

/** The committee: members, rules, meetings with their agenda, attendance, declarations, scores, votes and decisions. */

export const memberInput = z
  .object({
    name: requiredText(msg('Naam', 'Name'), 120),
    phone: optionalPhone,
    email: optionalEmail,
    termFrom: isoDate,
    termTo: isoDate.nullable().default(null),
    isResident: z.boolean({
      error: msg('Kies of dit lid bewoner van de wijk is.', 'Choose whether this member lives in the neighbourhood.'),
    }),
    isWijkraad: z.boolean().default(false),
    voting: z.boolean({ error: msg('Kies stemgerechtigd of adviserend.', 'Choose voting or advisory.') }),
    isChair: z.boolean().default(false),
    isSecretary: z.boolean().default(false),
    userId: id.nullable().default(null),
    notes: optionalText(msg('Notities', 'Notes'), 1000),
  })
  .superRefine((v, ctx) => {
    if (v.termTo !== null && v.termTo < v.termFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['termTo'],
        message: msg(
          'Het einde van de zittingstermijn mag niet voor het begin liggen.',
          'The end of the term may not be before its start.',
        ),
      });
    if (v.isChair && !v.voting)
      ctx.addIssue({
        code: 'custom',
        path: ['isChair'],
        message: msg('De voorzitter is een stemgerechtigd lid.', 'The chair is a voting member.'),
      });
  });
export const memberUpdate = z.object({ id }).and(memberInput);
export const memberEndTerm = z.object({ id, termTo: isoDate });
export const memberQuery = z.object({ includeFormer: z.boolean().default(false) }).default({ includeFormer: false });

export const rulesInput = z.object({
  quorumKind: z.enum(QUORUM_KINDS, { error: msg('Kies een quorumregel.', 'Choose a quorum rule.') }),
  quorumCount: z
    .number()
    .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
    .min(1, msg('Minstens 1 lid.', 'At least 1 member.'))
    .max(50, msg('Hoogstens 50 leden.', 'At most 50 members.'))
    .default(1),
  majority: z.enum(MAJORITY_RULES, { error: msg('Kies een meerderheidsregel.', 'Choose a majority rule.') }),
  tieBreak: z.enum(TIE_BREAKS, {
    error: msg('Kies wat er gebeurt als de stemmen staken.', 'Choose what happens on a tie.'),
  }),
});

export const meetingInput = z.object({
  date: planDate,
  startTime: clockTime,
  location: optionalText(msg('Locatie', 'Location'), 200),
  roomId: id.nullable().default(null),
  notes: optionalText(msg('Notities', 'Notes'), 2000),
});
export const meetingUpdate = z.object({ id }).and(meetingInput).and(rulesInput.partial());
export const meetingQuery = z
  .object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) })
  .default({ from: null, to: null });
export const agendaInput = z.object({
  id,
  applicationIds: z
    .array(id, { error: msg('Geef de aanvragen als lijst.', 'Give the applications as a list.') })
    .max(40, msg('Hoogstens 40 agendapunten.', 'At most 40 agenda items.'))
    .refine(
      (ids) => new Set(ids).size === ids.length,
      msg('Elke aanvraag maar één keer op de agenda.', 'Each application only once on the agenda.'),
    ),
});
export const attendanceInput = z.object({
  id,
  members: z
    .array(
      z.object({
        memberId: id,
        status: z.enum(ATTENDANCE_STATUSES, {
          error: msg('Kies aanwezig, afwezig met bericht of afwezig.', 'Choose present, excused or absent.'),
        }),
      }),
      { error: msg('Geef de presentie als lijst.', 'Give the attendance as a list.') },
    )
    .max(50)
    .refine(
      (rows) => new Set(rows.map((r) => r.memberId)).size === rows.length,
      msg('Elk lid maar één keer.', 'Each member only once.'),
    ),
  chairMemberId: id.nullable().default(null),
  guests: optionalText(msg('Overige aanwezigen', 'Others present'), 1000),
});
export const meetingCancel = z.object({ id, reason: requiredText(msg('Reden', 'Reason'), 500) });

export const declarationInput = z.object({
  itemId: id,
  memberId: id,
  reason: requiredText(msg('Reden van de belangenverstrengeling', 'Reason for the conflict of interest'), 1000),
});
export const declarationRemove = z.object({ itemId: id, memberId: id });
export const scoreInput = z.object({
  itemId: id,
  memberId: id,
  scores: z
    .array(
      z.object({
        criterionId: id,
        score: z
          .number({ error: msg('Vul een score in.', 'Fill in a score.') })
          .int(msg('Vul een heel getal in.', 'Fill in a whole number.'))
          .min(0, msg('Een score kan niet negatief zijn.', 'A score cannot be negative.'))
          .max(10),
      }),
      { error: msg('Geef de scores als lijst.', 'Give the scores as a list.') },
    )
    .min(1, msg('Geef minstens één score.', 'Give at least one score.'))
    .max(12),
});
export const proposalInput = z.object({
  itemId: id,
  proposedCents: positiveCents(msg('het voorgestelde bedrag', 'the proposed amount')),
  conditions: optionalText(msg('Voorwaarden', 'Conditions'), 4000),
});
export const voteInput = z.object({
  itemId: id,
  memberId: id,
  /** null removes a recorded vote. */
  vote: z.enum(VOTES, { error: msg('Kies voor, tegen of onthouding.', 'Choose for, against or abstain.') }).nullable(),
});
export const decideInput = z.object({
  itemId: id,
  /** Defer (aanhouden) without a vote, e.g. for more information; otherwise the votes decide. */
  defer: z.boolean().default(false),
  motivation: requiredText(msg('Motivering', 'Motivation'), 4000),
});
