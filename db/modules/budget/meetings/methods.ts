import type { Db } from '../../../platform/database';
import { inLang, msg } from '../../../platform/messages';
import { method } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { id } from '../../../contract/fields';
import { z } from '../../../contract/zod';
import { formatCents } from '../../../platform/clock';
import {
  agendaInput,
  attendanceInput,
  decideInput,
  declarationInput,
  declarationRemove,
  meetingCancel,
  meetingInput,
  meetingQuery,
  meetingUpdate,
  proposalInput,
  scoreInput,
  voteInput,
} from '../schemas';
import { assertRecorder, assertSelfOrRecorder, sittingMemberOfActor, whoOf, type Caller } from '../shared';
import { personRef } from '../../../contract/audit';
import { applicationSummary } from '../applications/summary';
import {
  MEETING_SELECT,
  assertMeetingStatus,
  assertOpenItem,
  getItem,
  getMeetingRow,
  type MeetingRow,
} from './records';
import { insertMeeting, setAgenda } from './agenda';
import { openMeeting, recordAttendance } from './attendance';
import { declare } from './declarations';
import { score, scoreOverview } from './scores';
import { propose } from './proposals';
import { castVote } from './votes';
import { closeMeeting, decide } from './decisions';
import { meetingView } from './detail';
import { mailDecisions } from '../mail';

/** Meetings of the committee as the API offers them, from planning to closing. */

/** A commissie account sees meetings only while linked to a sitting member. */
function assertCommitteeAccess(caller: Caller): void {
  if (caller.actor?.role === 'beheerder') return;
  if (!sittingMemberOfActor(caller))
    throw new ApiError(
      'FORBIDDEN',
      msg(
        'Je account is niet gekoppeld aan een zittend commissielid.',
        'Your account is not linked to a sitting committee member.',
      ),
    );
}

const RECORDERS = ['beheerder', 'commissie'] as const;
const itemLabel = (db: Db, itemId: number) => {
  const item = getItem(db, itemId);
  const app = applicationSummary(db, item.applicationId);
  return { item, app, label: `${app.number} "${app.title}"` };
};

export const budgetMeetingMethods = {
  'meetings.list': method({
    description:
      'Vergaderingen van de commissie, nieuwste eerst, met het aantal agendapunten, besluiten en aanwezigen. Voor de commissie alleen met een account van een zittend lid.',
    access: RECORDERS,
    mode: 'read',
    input: meetingQuery,
    handler: (ctx, q) => {
      const { db, actor } = ctx;
      if (actor?.role !== 'beheerder' && !sittingMemberOfActor(ctx)) return [];
      return (
        db
          .prepare(
            `${MEETING_SELECT} WHERE (? IS NULL OR m.date >= ?) AND (? IS NULL OR m.date <= ?) ORDER BY m.date DESC, m.start_time DESC`,
          )
          .all(q.from, q.from, q.to, q.to) as MeetingRow[]
      ).map((m) => ({
        ...m,
        items: (
          db.prepare('SELECT count(*) AS n FROM budget_meeting_items WHERE meeting_id = ?').get(m.id) as { n: number }
        ).n,
        decided: (
          db
            .prepare('SELECT count(*) AS n FROM budget_meeting_items WHERE meeting_id = ? AND decided_at IS NOT NULL')
            .get(m.id) as { n: number }
        ).n,
        present: (
          db
            .prepare("SELECT count(*) AS n FROM budget_attendance WHERE meeting_id = ? AND status = 'aanwezig'")
            .get(m.id) as { n: number }
        ).n,
      }));
    },
  }),
  'meetings.get': method({
    description:
      'Eén vergadering: regels, leden met presentie, voorzitter, quorum, samenstelling, en per agendapunt de aanvraag, het voorstel, meldingen van belangenverstrengeling, wie mag stemmen, de stemmen, het quorum van dat punt, scores en het besluit; met het grootboek van de betrokken rondes.',
    access: RECORDERS,
    mode: 'read',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertCommitteeAccess(ctx);
      return meetingView(ctx, input.id);
    },
  }),
  'meetings.create': method({
    description: 'Plant een vergadering (datum, tijd, plaats of ruimte); ze neemt het reglement van de commissie over.',
    access: ['beheerder'],
    mode: 'write',
    input: meetingInput,
    handler: (ctx, input) => {
      const meetingId = insertMeeting(ctx.db, input, whoOf(ctx));
      ctx.audit({
        entity: 'budget_meetings',
        entityId: meetingId,
        summary: `Vergadering gepland op ${input.date} ${input.startTime}`,
      });
      return meetingView(ctx, meetingId);
    },
  }),
  'meetings.update': method({
    description:
      'Wijzigt een geplande vergadering: datum, tijd, plaats, notities en eventueel de regels voor deze vergadering.',
    access: ['beheerder'],
    mode: 'write',
    input: meetingUpdate,
    handler: (ctx, input) => {
      const { db, audit } = ctx;
      const before = getMeetingRow(db, input.id);
      assertMeetingStatus(
        before,
        ['gepland'],
        msg('alleen een geplande vergadering kan worden gewijzigd.', 'only a planned meeting can be changed.'),
      );
      if (input.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(input.roomId))
        throw ApiError.field('roomId', msg('Deze ruimte bestaat niet.', 'This room does not exist.'));
      const rules = {
        quorumKind: input.quorumKind ?? before.quorumKind,
        quorumCount: input.quorumCount ?? before.quorumCount,
        majority: input.majority ?? before.majority,
        tieBreak: input.tieBreak ?? before.tieBreak,
      };
      db.prepare(
        'UPDATE budget_meetings SET date = ?, start_time = ?, location = ?, room_id = ?, notes = ?, quorum_kind = ?, quorum_count = ?, majority = ?, tie_break = ? WHERE id = ?',
      ).run(
        input.date,
        input.startTime,
        input.location,
        input.roomId,
        input.notes,
        rules.quorumKind,
        rules.quorumCount,
        rules.majority,
        rules.tieBreak,
        input.id,
      );
      audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering ${before.date} gewijzigd: ${input.date} ${input.startTime}, ${rules.quorumKind}/${rules.majority}/${rules.tieBreak}`,
      });
      return meetingView(ctx, input.id);
    },
  }),
  'meetings.setAgenda': method({
    description:
      'Stelt de agenda vast: de ontvankelijke of aangehouden aanvragen in volgorde. Nieuwe punten worden geagendeerd; weggehaalde punten (zonder stemmen of besluit) gaan terug naar ontvankelijk of aangehouden.',
    access: ['beheerder'],
    mode: 'write',
    input: agendaInput,
    handler: (ctx, input) => {
      const { added, removed } = setAgenda(ctx.db, input.id, input.applicationIds, whoOf(ctx));
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Agenda: ${input.applicationIds.length} punten${added.length ? `, toegevoegd ${added.map((a) => applicationSummary(ctx.db, a).number).join(', ')}` : ''}${removed.length ? `, weggehaald ${removed.map((a) => applicationSummary(ctx.db, a).number).join(', ')}` : ''}`,
      });
      return meetingView(ctx, input.id);
    },
  }),
  'meetings.attendance': method({
    description:
      'Legt de presentie vast (aanwezig, afwezig met bericht, afwezig; de lijst vervangt de vorige), eventueel een waarnemend voorzitter en overige aanwezigen. Door de secretaris of de beheerder. Wie al stemde over een openstaand punt, kan niet weg.',
    access: RECORDERS,
    mode: 'write',
    input: attendanceInput,
    handler: (ctx, input) => {
      const { db, audit } = ctx;
      assertRecorder(ctx);
      recordAttendance(db, input);
      const present = input.members.filter((m) => m.status === 'aanwezig').length;
      audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Presentie: ${present} aanwezig, ${input.members.length - present} afwezig${input.chairMemberId ? `, voorzitter lid ${input.chairMemberId}` : ''}`,
      });
      return meetingView(ctx, input.id);
    },
  }),
  'meetings.open': method({
    description:
      'Opent de vergadering. Weigert als de commissie niet volgens de regels is samengesteld (meerderheid bewoners), als de aanwezige stemgerechtigde leden het quorum niet halen, of als er geen voorzitter aanwezig is.',
    access: RECORDERS,
    mode: 'write',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertRecorder(ctx);
      openMeeting(ctx.db, input.id, whoOf(ctx));
      const detail = meetingView(ctx, input.id);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering van ${detail.date} geopend; ${inLang(detail.quorum.message, 'nl')}`,
      });
      return detail;
    },
  }),
  'meetings.declare': method({
    description:
      'Meldt belangenverstrengeling van een lid bij een agendapunt: het lid stemt en scoort daar niet mee en telt voor het quorum van dat punt niet mee; een al gegeven stem of score vervalt. Een commissielid meldt alleen voor zichzelf.',
    access: RECORDERS,
    mode: 'write',
    input: declarationInput,
    handler: (ctx, input) => {
      assertSelfOrRecorder(ctx, input.memberId);
      const { removedVote, removedScores } = declare(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Belangenverstrengeling ${personRef('commissielid', input.memberId)} bij ${label}: ${input.reason}${removedVote ? '; stem vervallen' : ''}${removedScores ? '; scores vervallen' : ''}`,
      });
      return meetingView(ctx, item.meetingId);
    },
  }),
  'meetings.withdrawDeclaration': method({
    description:
      'Trekt een melding van belangenverstrengeling in (vóór het besluit). Een commissielid alleen voor zichzelf.',
    access: RECORDERS,
    mode: 'write',
    input: declarationRemove,
    handler: (ctx, input) => {
      const { db, audit } = ctx;
      assertSelfOrRecorder(ctx, input.memberId);
      const { item, label } = itemLabel(db, input.itemId);
      assertMeetingStatus(
        getMeetingRow(db, item.meetingId),
        ['gepland', 'geopend'],
        msg('er kan niets meer worden gewijzigd.', 'nothing more can be changed.'),
      );
      assertOpenItem(item);
      if (
        db.prepare('DELETE FROM budget_declarations WHERE item_id = ? AND member_id = ?').run(item.id, input.memberId)
          .changes === 0
      )
        throw new ApiError(
          'NOT_FOUND',
          msg(
            'Er is geen melding van dit lid bij dit agendapunt.',
            'This member has made no declaration on this agenda item.',
          ),
        );
      audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Melding belangenverstrengeling ${personRef('commissielid', input.memberId)} bij ${label} ingetrokken`,
      });
      return meetingView(ctx, item.meetingId);
    },
  }),
  'meetings.score': method({
    description:
      'Legt de scores van een lid op de criteria van de ronde vast voor een agendapunt (vervangt eerdere scores van dat lid). Een commissielid scoort alleen voor zichzelf; niet bij belangenverstrengeling.',
    access: RECORDERS,
    mode: 'write',
    input: scoreInput,
    handler: (ctx, input) => {
      assertSelfOrRecorder(ctx, input.memberId);
      score(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Scores van ${personRef('commissielid', input.memberId)} bij ${label}: ${input.scores.map((s) => s.score).join(', ')}`,
      });
      return scoreOverview(ctx.db, item);
    },
  }),
  'meetings.propose': method({
    description:
      'Legt het voorstel vast waarover bij een agendapunt wordt gestemd: het toe te kennen bedrag (hoogstens het gevraagde, het maximum van de ronde en wat resteert) en de voorwaarden.',
    access: RECORDERS,
    mode: 'write',
    input: proposalInput,
    handler: (ctx, input) => {
      const { db, audit } = ctx;
      assertRecorder(ctx);
      propose(db, input);
      const { item, label } = itemLabel(db, input.itemId);
      audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Voorstel bij ${label}: ${formatCents(input.proposedCents)}${input.conditions ? ` onder voorwaarden` : ''}`,
      });
      return meetingView(ctx, item.meetingId);
    },
  }),
  'meetings.vote': method({
    description:
      'Legt in de vergadering de stem van één lid vast (voor, tegen, onthouding; null wist de stem). Alleen aanwezige, stemgerechtigde leden zonder belangenverstrengeling bij dit punt.',
    access: RECORDERS,
    mode: 'write',
    input: voteInput,
    handler: (ctx, input) => {
      assertRecorder(ctx);
      castVote(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: item.meetingId,
        summary: `Stem ${personRef('commissielid', input.memberId)} bij ${label}: ${input.vote ?? 'gewist'}`,
      });
      return meetingView(ctx, item.meetingId);
    },
  }),
  'meetings.decide': method({
    description:
      'Neemt het besluit over een agendapunt, met verplichte motivering: aanhouden op verzoek, of de uitkomst van de stemming (meerderheidsregel en beslissing bij staking). Vraagt quorum voor dat punt en een stem van elk stemgerechtigd aanwezig lid; een toekenning past binnen wat resteert.',
    access: RECORDERS,
    mode: 'write',
    input: decideInput,
    handler: (ctx, input) => {
      assertRecorder(ctx);
      const outcome = decide(ctx.db, input, whoOf(ctx));
      const { item, label } = itemLabel(ctx.db, input.itemId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: item.applicationId,
        summary: `Besluit over ${label}: ${outcome.replace('_', ' ')}${item.grantedCents ? ` ${formatCents(item.grantedCents)}` : ''} (${item.votesFor} voor, ${item.votesAgainst} tegen, ${item.votesAbstain} onthouding)`,
      });
      return meetingView(ctx, item.meetingId);
    },
  }),
  'meetings.close': method({
    description: 'Sluit de vergadering. Agendapunten zonder besluit worden aangehouden voor een volgende vergadering.',
    access: RECORDERS,
    mode: 'write',
    input: z.object({ id }),
    handler: (ctx, input) => {
      assertRecorder(ctx);
      const deferred = closeMeeting(ctx.db, input.id, whoOf(ctx));
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering gesloten${deferred ? `; ${deferred} punt(en) niet behandeld en aangehouden` : ''}`,
      });
      // The letters go out when the meeting is closed, with every decision of it (items not handled are deferred then).
      mailDecisions(ctx.db, ctx.clock, input.id);
      return meetingView(ctx, input.id);
    },
  }),
  'meetings.cancel': method({
    description:
      'Annuleert een geplande vergadering; de aanvragen op de agenda gaan terug naar ontvankelijk of aangehouden.',
    access: ['beheerder'],
    mode: 'write',
    input: meetingCancel,
    handler: (ctx, input) => {
      const meeting = getMeetingRow(ctx.db, input.id);
      assertMeetingStatus(
        meeting,
        ['gepland'],
        msg('alleen een geplande vergadering kan worden geannuleerd.', 'only a planned meeting can be cancelled.'),
      );
      setAgenda(ctx.db, input.id, [], whoOf(ctx));
      ctx.db
        .prepare("UPDATE budget_meetings SET status = 'geannuleerd', cancel_reason = ? WHERE id = ?")
        .run(input.reason, input.id);
      ctx.audit({
        entity: 'budget_meetings',
        entityId: input.id,
        summary: `Vergadering van ${meeting.date} geannuleerd: ${input.reason}`,
      });
      return meetingView(ctx, input.id);
    },
  }),
};
