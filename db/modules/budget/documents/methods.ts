import { method } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { id } from '../../../contract/fields';
import { z } from '../../../contract/zod';
import { localDate, localDateTime } from '../../../platform/clock';
import { assertCanSee, sittingMemberOfActor, type Caller } from '../shared';
import { decisionLetter } from './letter';
import { agendaPack, minutes } from './meetingPapers';
import { msg, renderIn } from '../../../platform/messages';

/**
 * The printable documents, as structured data the screens lay out and print: the agenda pack, the
 * decision letter per application, the minutes. Texts are ready-made Dutch sentences, so a print view
 * only arranges them. They are meant for residents and the committee's papers, so they stay Dutch for an English
 * caller too: any bilingual text they take over (a check's detail, the rules) is rendered in Dutch here.
 */

function assertCommittee(caller: Caller): void {
  if (caller.actor?.role !== 'beheerder' && !sittingMemberOfActor(caller))
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'Je account is niet gekoppeld aan een zittend commissielid.',
        'Your account is not linked to a sitting committee member.',
      ),
    );
}

export const budgetDocumentMethods = {
  'meetings.agendaPack': method({
    description:
      'Het vergaderstuk: briefhoofd, vergadering, leden, regels, de agenda en per punt de aanvraag (beschrijving, doelen, bijdrage aan de wijkopgave, begroting, dekking, partners en waardering, checklist, eerdere aanhoudingen), het voorstel en de scores; met het grootboek van de rondes.',
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertCommittee(ctx);
      return renderIn(agendaPack(ctx.db, input.id, ctx.actor, localDateTime(ctx.clock.now())), 'nl');
    },
  }),
  'meetings.minutes': method({
    description:
      'De notulen: presentie (aanwezig, met en zonder bericht afwezig), voorzitter en secretaris, quorum, per agendapunt de meldingen van belangenverstrengeling, de stemmen per lid, de uitslag met eventuele beslissing bij staking, en het besluit met bedrag, voorwaarden en motivering. Concept zolang de vergadering niet gesloten is.',
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertCommittee(ctx);
      return renderIn(minutes(ctx.db, input.id, localDateTime(ctx.clock.now())), 'nl');
    },
  }),
  'applications.letter': method({
    description:
      'De besluitbrief voor één aanvraag op het briefpapier van het huis: toekenning, gedeeltelijke toekenning, afwijzing, aanhouding of niet ontvankelijk, met motivering, voorwaarden, betaalschema, termijn voor de verantwoording en ondertekening.',
    access: ['beheerder'],
    mode: 'read',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertCanSee(ctx, input.id);
      return decisionLetter(ctx.db, input.id, ctx.actor, localDate(ctx.clock.now()));
    },
  }),
};
