import type { Db } from '../../../platform/database';
import { isRecorder, memberOfActor, type Caller } from '../shared';
import { rulesText } from '../rulesText';
import { compositionOf } from '../composition';
import { applicationSummary } from '../applications/summary';
import { getRound } from '../rounds';
import { getMeetingRow, itemsOf, meetingContext } from './records';
import { quorumOf } from './attendance';
import { itemState } from './votes';
import { scoreOverview } from './scores';

/** A meeting with its rules, members, quorum, and per agenda item everything the committee needs. */
export function meetingDetail(db: Db, meetingId: number) {
  const meeting = getMeetingRow(db, meetingId);
  const { sitting, voting, attendance, chair } = meetingContext(db, meeting);
  const items = itemsOf(db, meetingId).map((item) => {
    const state = itemState(db, meeting, item);
    return {
      ...item,
      decided: item.decidedAt !== null,
      application: applicationSummary(db, item.applicationId),
      proposal:
        item.proposedCents === null ? null : { proposedCents: item.proposedCents, conditions: item.proposalConditions },
      ...state,
      tally: {
        voor: state.votes.filter((v) => v.vote === 'voor').length,
        tegen: state.votes.filter((v) => v.vote === 'tegen').length,
        onthouding: state.votes.filter((v) => v.vote === 'onthouding').length,
      },
      scores: scoreOverview(db, item),
    };
  });
  const roundIds = [...new Set(items.map((i) => i.application.roundId))];
  return {
    ...meeting,
    rules: {
      quorumKind: meeting.quorumKind,
      quorumCount: meeting.quorumCount,
      majority: meeting.majority,
      tieBreak: meeting.tieBreak,
    },
    rulesText: rulesText(meeting),
    members: sitting.map((m) => ({
      memberId: m.id,
      name: m.name,
      voting: m.voting,
      isResident: m.isResident,
      isWijkraad: m.isWijkraad,
      isChair: m.isChair,
      isSecretary: m.isSecretary,
      attendance: attendance.get(m.id) ?? null,
    })),
    chair: chair
      ? { memberId: chair.id, name: chair.name, acting: meeting.chairMemberId !== null && !chair.isChair }
      : null,
    secretary: sitting.find((m) => m.isSecretary)?.name ?? null,
    composition: compositionOf(sitting, meeting.date),
    quorum: quorumOf(meeting, voting, attendance),
    items,
    ledgers: roundIds.map((roundId) => {
      const round = getRound(db, roundId);
      const onAgenda = items.filter((i) => i.application.roundId === roundId && !i.decided);
      return {
        roundId,
        roundName: round.name,
        schemeLabel: round.schemeLabel,
        ledger: round.ledger,
        requestedOnAgendaCents: onAgenda.reduce((s, i) => s + i.application.requestedCents, 0),
        proposedOnAgendaCents: onAgenda.reduce((s, i) => s + (i.proposedCents ?? 0), 0),
      };
    }),
  };
}

export type MeetingDetail = ReturnType<typeof meetingDetail>;

/** The meeting as its screen gets it: with who the caller is in the committee and whether they may record. */
export function meetingView(caller: Caller, meetingId: number) {
  const me = memberOfActor(caller.db, caller.actor);
  return {
    ...meetingDetail(caller.db, meetingId),
    me: me
      ? { memberId: me.id, isSecretary: me.isSecretary, canRecord: isRecorder(caller) }
      : caller.actor?.role === 'beheerder'
        ? { memberId: null, isSecretary: false, canRecord: true }
        : null,
  };
}
