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

/** The committee: members, rules, meetings with their agenda, attendance, declarations, scores, votes and decisions. */

export const memberInput = z
  .object({
    name: requiredText('Naam', 120),
    phone: optionalPhone,
    email: optionalEmail,
    termFrom: isoDate,
    termTo: isoDate.nullable().default(null),
    isResident: z.boolean({ error: 'Kies of dit lid bewoner van de wijk is.' }),
    isWijkraad: z.boolean().default(false),
    voting: z.boolean({ error: 'Kies stemgerechtigd of adviserend.' }),
    isChair: z.boolean().default(false),
    isSecretary: z.boolean().default(false),
    userId: id.nullable().default(null),
    notes: optionalText('Notities', 1000),
  })
  .superRefine((v, ctx) => {
    if (v.termTo !== null && v.termTo < v.termFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['termTo'],
        message: 'Het einde van de zittingstermijn mag niet voor het begin liggen.',
      });
    if (v.isChair && !v.voting)
      ctx.addIssue({ code: 'custom', path: ['isChair'], message: 'De voorzitter is een stemgerechtigd lid.' });
  });
export const memberUpdate = z.object({ id }).and(memberInput);
export const memberEndTerm = z.object({ id, termTo: isoDate });
export const memberQuery = z.object({ includeFormer: z.boolean().default(false) }).default({ includeFormer: false });

export const rulesInput = z.object({
  quorumKind: z.enum(QUORUM_KINDS, { error: 'Kies een quorumregel.' }),
  quorumCount: z
    .number()
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 lid.')
    .max(50, 'Hoogstens 50 leden.')
    .default(1),
  majority: z.enum(MAJORITY_RULES, { error: 'Kies een meerderheidsregel.' }),
  tieBreak: z.enum(TIE_BREAKS, { error: 'Kies wat er gebeurt als de stemmen staken.' }),
});

export const meetingInput = z.object({
  date: planDate,
  startTime: clockTime,
  location: optionalText('Locatie', 200),
  roomId: id.nullable().default(null),
  notes: optionalText('Notities', 2000),
});
export const meetingUpdate = z.object({ id }).and(meetingInput).and(rulesInput.partial());
export const meetingQuery = z
  .object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) })
  .default({ from: null, to: null });
export const agendaInput = z.object({
  id,
  applicationIds: z
    .array(id, { error: 'Geef de aanvragen als lijst.' })
    .max(40, 'Hoogstens 40 agendapunten.')
    .refine((ids) => new Set(ids).size === ids.length, 'Elke aanvraag maar één keer op de agenda.'),
});
export const attendanceInput = z.object({
  id,
  members: z
    .array(
      z.object({
        memberId: id,
        status: z.enum(ATTENDANCE_STATUSES, { error: 'Kies aanwezig, afwezig met bericht of afwezig.' }),
      }),
      { error: 'Geef de presentie als lijst.' },
    )
    .max(50)
    .refine((rows) => new Set(rows.map((r) => r.memberId)).size === rows.length, 'Elk lid maar één keer.'),
  chairMemberId: id.nullable().default(null),
  guests: optionalText('Overige aanwezigen', 1000),
});
export const meetingCancel = z.object({ id, reason: requiredText('Reden', 500) });

export const declarationInput = z.object({
  itemId: id,
  memberId: id,
  reason: requiredText('Reden van de belangenverstrengeling', 1000),
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
          .number({ error: 'Vul een score in.' })
          .int('Vul een heel getal in.')
          .min(0, 'Een score kan niet negatief zijn.')
          .max(10),
      }),
      { error: 'Geef de scores als lijst.' },
    )
    .min(1, 'Geef minstens één score.')
    .max(12),
});
export const proposalInput = z.object({
  itemId: id,
  proposedCents: positiveCents('het voorgestelde bedrag'),
  conditions: optionalText('Voorwaarden', 4000),
});
export const voteInput = z.object({
  itemId: id,
  memberId: id,
  /** null removes a recorded vote. */
  vote: z.enum(VOTES, { error: 'Kies voor, tegen of onthouding.' }).nullable(),
});
export const decideInput = z.object({
  itemId: id,
  /** Defer (aanhouden) without a vote, e.g. for more information; otherwise the votes decide. */
  defer: z.boolean().default(false),
  motivation: requiredText('Motivering', 4000),
});
