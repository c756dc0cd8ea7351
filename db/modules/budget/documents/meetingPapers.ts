import type { Db } from '../../../platform/database';
import type { Actor } from '../../../contract/method';
import { formatCents } from '../../../platform/clock';
import { STATUS_LABELS } from '../schemas';
import { dateLong } from '../shared';
import { getApplication, type ApplicationDetail } from '../applications/detail';
import { meetingDetail, type MeetingDetail } from '../meetings/detail';
import { OUTCOME_LABELS, letterhead, lines, memberRole } from './paper';

/** The papers of a meeting: the agenda pack before it, the minutes after. */

const VOTE_TEXT = { voor: 'voor', tegen: 'tegen', onthouding: 'onthouding' } as const;

function applicationForPack(a: ApplicationDetail) {
  return {
    id: a.id,
    number: a.number,
    title: a.title,
    scheme: a.scheme,
    schemeLabel: a.schemeLabel,
    roundName: a.roundName,
    applicantName: a.applicantName,
    applicantTypeLabel: a.applicantTypeLabel,
    contactName: a.contactName,
    wijk: a.wijk,
    involvement: a.involvement,
    description: a.description,
    goals: a.goals,
    contribution: a.contribution,
    complementarity: a.complementarity,
    recurrence: a.recurrence,
    priorityGroupLabels: a.priorityGroupLabels,
    expectedReach: a.expectedReach,
    expectedParticipants: a.expectedParticipants,
    expectedMeetings: a.expectedMeetings,
    startDate: a.startDate,
    endDate: a.endDate,
    location: a.location,
    roomName: a.roomName,
    requestedCents: a.requestedCents,
    receivedOn: a.receivedOn,
    costLines: a.costLines,
    totals: a.totals,
    funding: a.funding,
    partners: a.partners.map((p) => ({
      name: p.name,
      kind: p.kind,
      role: p.role,
      cashCents: p.cashCents,
      inKindDescription: p.inKindDescription,
      inKindCents: p.inKindCents,
    })),
    valuation: a.valuation,
    eligibility: a.eligibility,
    attachments: a.attachments.map((x) => ({ fileName: x.fileName, description: x.description })),
    earlierDeferrals: a.decisions
      .filter((d) => d.outcome === 'aangehouden')
      .map((d) => ({ meetingDate: d.meetingDate, motivation: d.motivation })),
  };
}

/** The agenda pack of a meeting, made at `now`; the committee gets the applications without contact details. */
export function agendaPack(db: Db, meetingId: number, actor: Actor | null, now: string) {
  const meeting = meetingDetail(db, meetingId);
  return {
    letterhead: letterhead(db),
    title: 'Agenda commissie Lokaal Budget en Right to Cooperate',
    meeting: {
      id: meeting.id,
      date: meeting.date,
      dateText: dateLong(meeting.date),
      startTime: meeting.startTime,
      location: meeting.roomName ?? meeting.location,
      status: meeting.status,
    },
    members: meeting.members.map((m) => ({ name: m.name, role: memberRole(m) })),
    rulesText: meeting.rulesText,
    agenda: [
      '1. Opening en vaststellen van de agenda',
      '2. Melding van belangenverstrengeling per agendapunt',
      ...meeting.items.map(
        (item, i) =>
          `${i + 3}. ${item.application.number} ${item.application.title} (${item.application.applicantName}, ${item.application.schemeLabel}, gevraagd ${formatCents(item.application.requestedCents)})`,
      ),
      `${meeting.items.length + 3}. Rondvraag en sluiting`,
    ],
    items: meeting.items.map((item) => ({
      position: item.position,
      application: applicationForPack(getApplication(db, item.applicationId, actor)),
      proposal: item.proposal,
      scores: item.scores,
    })),
    ledgers: meeting.ledgers,
    generatedAt: now,
  };
}

function resultText(item: MeetingDetail['items'][number]): string {
  if (!item.decided) return 'Nog geen besluit.';
  if (item.result === 'aangehouden') return 'Aangehouden zonder stemming.';
  const tally = `${item.votesFor} voor, ${item.votesAgainst} tegen, ${item.votesAbstain} onthouding`;
  return item.result === 'aangenomen'
    ? `Voorstel aangenomen (${tally}).`
    : item.result === 'verworpen'
      ? `Voorstel verworpen (${tally}).`
      : `De stemmen staakten (${tally}).`;
}

/** The minutes of a meeting, made at `now`: a draft until the meeting is closed. */
export function minutes(db: Db, meetingId: number, now: string) {
  const meeting = meetingDetail(db, meetingId);
  const named = (status: string) =>
    meeting.members.filter((m) => m.attendance === status).map((m) => ({ name: m.name, role: memberRole(m) }));
  const decided = meeting.items.filter((i) => i.decided);
  return {
    letterhead: letterhead(db),
    title: `Notulen commissie Lokaal Budget en Right to Cooperate, ${dateLong(meeting.date)}`,
    /** Minutes are final once the meeting is closed. */
    draft: meeting.status !== 'gesloten',
    meeting: {
      id: meeting.id,
      date: meeting.date,
      dateText: dateLong(meeting.date),
      startTime: meeting.startTime,
      location: meeting.roomName ?? meeting.location,
      status: meeting.status,
      openedAt: meeting.openedAt,
      closedAt: meeting.closedAt,
    },
    chair: meeting.chair,
    secretary: meeting.secretary,
    present: named('aanwezig'),
    absentWithNotice: named('afwezig_met_bericht'),
    absent: named('afwezig'),
    notRecorded: meeting.members.filter((m) => m.attendance === null).map((m) => m.name),
    guests: meeting.guests,
    quorum: meeting.quorum,
    rulesText: meeting.rulesText,
    items: meeting.items.map((item) => ({
      position: item.position,
      number: item.application.number,
      title: item.application.title,
      applicantName: item.application.applicantName,
      schemeLabel: item.application.schemeLabel,
      requestedCents: item.application.requestedCents,
      proposal: item.proposal,
      declarations: item.declarations.map((d) => ({
        name: d.name,
        reason: d.reason,
        text: `${d.name} meldt belangenverstrengeling (${d.reason}) en neemt niet deel aan de beraadslaging en stemming.`,
      })),
      quorum: item.quorum,
      votes: item.votes.map((v) => ({ name: v.name, vote: v.vote, text: VOTE_TEXT[v.vote] })),
      tally: item.decided
        ? { voor: item.votesFor, tegen: item.votesAgainst, onthouding: item.votesAbstain }
        : item.tally,
      resultText: resultText(item),
      tieBreakNote: item.tieBreakNote,
      decision:
        item.decided && item.outcome
          ? {
              outcome: item.outcome,
              outcomeLabel: OUTCOME_LABELS[item.outcome],
              grantedCents: item.grantedCents,
              conditions: lines(item.conditions),
              motivation: item.motivation,
              decidedBy: item.decidedBy,
            }
          : null,
      applicationStatusLabel: STATUS_LABELS[item.application.status],
    })),
    summary: {
      items: meeting.items.length,
      decided: decided.length,
      granted: decided.filter((i) => i.outcome === 'toegekend' || i.outcome === 'deels_toegekend').length,
      rejected: decided.filter((i) => i.outcome === 'afgewezen').length,
      deferred: decided.filter((i) => i.outcome === 'aangehouden').length,
      grantedCents: decided.reduce((s, i) => s + i.grantedCents, 0),
    },
    ledgers: meeting.ledgers,
    generatedAt: now,
  };
}
