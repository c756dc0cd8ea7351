import { method, type Ctx } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { id } from '../../../contract/fields';
import { z } from '../../../contract/zod';
import { msg } from '../../../platform/messages';
import { assertRecorder, whoOf } from '../shared';
import { assertMeetingStatus, getMeetingRow } from './records';
import { mailInvitation, mailMinutes } from '../mail';

/**
 * Mailing the committee is a step the secretary takes on purpose ("Uitnodiging mailen", "Notulen mailen"),
 * not a side effect of saving the agenda or closing the meeting: the agenda may change several times before
 * it is ready, and the minutes are read over before they go out.
 */

const RECORDERS = ['beheerder', 'commissie'] as const;

function refuseNobody(result: { sent: string[]; withoutAddress: string[] }) {
  if (result.sent.length) return;
  throw new ApiError(
    'CONFLICT',
    result.withoutAddress.length
      ? msg(
          'Er is niets verstuurd: geen van de leden heeft een e-mailadres. Vul de adressen in bij Commissie.',
          'Nothing was sent: none of the members has an e-mail address. Fill in the addresses under Committee.',
        )
      : msg(
          'Er is niets verstuurd: dit bericht staat uit bij Berichten.',
          'Nothing was sent: this message is switched off under Messages.',
        ),
  );
}

/** Who got the mail, refused when nobody did, and in the audit log. */
function reported(
  ctx: Ctx,
  meeting: { id: number; date: string },
  what: string,
  result: { sent: string[]; withoutAddress: string[] },
) {
  refuseNobody(result);
  ctx.audit({
    entity: 'budget_meetings',
    entityId: meeting.id,
    summary: `${what} de vergadering van ${meeting.date} gemaild aan ${result.sent.length} leden${result.withoutAddress.length ? `; ${result.withoutAddress.length} zonder e-mailadres` : ''}`,
  });
  return result;
}

export const budgetMeetingMailMethods = {
  'meetings.mailInvitation': method({
    description:
      'Mailt elk zittend commissielid met een e-mailadres de uitnodiging voor een geplande vergadering, met de agenda en het vergaderstuk als pdf. Geeft terug wie een bericht kreeg en wie geen adres heeft.',
    access: RECORDERS,
    mode: 'write',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertRecorder(ctx);
      const meeting = getMeetingRow(ctx.db, input.id);
      assertMeetingStatus(
        meeting,
        ['gepland'],
        msg(
          'alleen voor een geplande vergadering gaat een uitnodiging uit.',
          'only a planned meeting has an invitation.',
        ),
      );
      const items = ctx.db
        .prepare('SELECT count(*) AS n FROM budget_meeting_items WHERE meeting_id = ?')
        .get(input.id) as {
        n: number;
      };
      if (!items.n)
        throw new ApiError(
          'CONFLICT',
          msg(
            'De agenda is nog leeg. Zet eerst aanvragen op de agenda, dan kun je de uitnodiging mailen.',
            'The agenda is still empty. Put applications on it first, then mail the invitation.',
          ),
        );
      return reported(ctx, meeting, 'Uitnodiging voor', mailInvitation(ctx.db, ctx.clock, input.id, whoOf(ctx).name));
    },
  }),
  'meetings.mailMinutes': method({
    description:
      'Mailt elk commissielid dat op de datum van een gesloten vergadering zitting had (met een e-mailadres) de notulen als pdf. Geeft terug wie een bericht kreeg en wie geen adres heeft.',
    access: RECORDERS,
    mode: 'write',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertRecorder(ctx);
      const meeting = getMeetingRow(ctx.db, input.id);
      assertMeetingStatus(
        meeting,
        ['gesloten'],
        msg(
          'de notulen zijn pas klaar als de vergadering is gesloten.',
          'the minutes are only final once the meeting is closed.',
        ),
      );
      return reported(ctx, meeting, 'Notulen van', mailMinutes(ctx.db, ctx.clock, input.id, whoOf(ctx).name));
    },
  }),
};
