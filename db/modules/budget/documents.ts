import type { Db } from '../../platform/database';
import type { Actor } from '../../contract/method';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import { addDays, formatCents, localDate, localDateTime } from '../../platform/clock';
import { SCHEME_LABELS, STATUS_LABELS, type Outcome } from './schemas';
import { assertCanSee, dateLong, sittingMemberOfActor } from './shared';
import { getApplication, type ApplicationDetail, type DecisionRow } from './applications';
import { getRound } from './rounds';
import { meetingDetail, type MeetingDetail } from './meetings';
import { getBuilding } from '../building/building';

/**
 * The printable documents, as structured data the screens lay out and print: the agenda pack, the
 * decision letter per application, the minutes. Texts are ready-made Dutch sentences, so a print view
 * only arranges them.
 */

/** Weeks after the end of the execution period within which the accountability is due. */
export const ACCOUNTABILITY_WEEKS = 8;

function letterhead(db: Db) {
  const b = getBuilding(db);
  return {
    name: b.name,
    street: b.street,
    postcode: b.postcode,
    city: b.city,
    phone: b.phone,
    email: b.email,
    gebied: b.gebied,
    welfareProvider: b.welfareProvider,
  };
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  toegekend: 'Toegekend',
  deels_toegekend: 'Deels toegekend',
  afgewezen: 'Afgewezen',
  aangehouden: 'Aangehouden',
};
const VOTE_TEXT = { voor: 'voor', tegen: 'tegen', onthouding: 'onthouding' } as const;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);

function memberRole(m: {
  voting: boolean;
  isResident: boolean;
  isWijkraad: boolean;
  isChair: boolean;
  isSecretary: boolean;
}): string {
  const parts = [
    m.isChair ? 'voorzitter' : m.isSecretary ? 'secretaris' : 'lid',
    m.isResident ? 'bewoner' : null,
    m.isWijkraad ? 'wijkraad' : null,
    m.voting ? null : 'adviserend',
  ];
  return parts.filter(Boolean).join(', ');
}

export type LetterKind = 'toekenning' | 'deels_toekenning' | 'afwijzing' | 'aanhouding' | 'niet_ontvankelijk';
const LETTER_LABELS: Record<LetterKind, string> = {
  toekenning: 'Toekenning',
  deels_toekenning: 'Gedeeltelijke toekenning',
  afwijzing: 'Afwijzing',
  aanhouding: 'Aanhouding',
  niet_ontvankelijk: 'Niet ontvankelijk',
};

/** Which letter an application gets now, and on which decision it rests. */
function letterBasis(a: ApplicationDetail): { kind: LetterKind; decision: DecisionRow | null } {
  if (a.status === 'niet_ontvankelijk') return { kind: 'niet_ontvankelijk', decision: null };
  const decided = [...a.decisions].reverse().find((d) => d.decidedAt !== null && d.outcome !== null);
  if (!decided || !decided.outcome)
    throw new ApiError(
      'CONFLICT',
      `Over deze aanvraag is nog geen besluit genomen (${a.statusLabel.toLowerCase()}): er is nog geen brief.`,
    );
  const kind: LetterKind =
    decided.outcome === 'toegekend'
      ? 'toekenning'
      : decided.outcome === 'deels_toegekend'
        ? 'deels_toekenning'
        : decided.outcome === 'afgewezen'
          ? 'afwijzing'
          : 'aanhouding';
  return { kind, decision: decided };
}

export function decisionLetter(db: Db, applicationId: number, actor: Actor | null) {
  const a = getApplication(db, applicationId);
  const round = getRound(db, a.roundId);
  const head = letterhead(db);
  const { kind, decision } = letterBasis(a);
  const scheme = SCHEME_LABELS[a.scheme];
  const received = a.receivedOn
    ? `Op ${dateLong(a.receivedOn)} ontvingen wij uw aanvraag voor een bijdrage uit ${a.scheme === 'lokaal_budget' ? 'het Lokaal Budget' : 'Right to Cooperate'} voor "${a.title}".`
    : `Wij ontvingen uw aanvraag voor "${a.title}".`;
  const meetingText = decision
    ? `De commissie ${scheme} heeft uw aanvraag besproken in haar vergadering van ${dateLong(decision.meetingDate)}.`
    : '';
  const paragraphs: string[] = [received];
  const conditions = decision ? lines(decision.conditions) : [];
  let accountabilityDueOn: string | null = null;
  if (kind === 'niet_ontvankelijk') {
    paragraphs.push(
      `Wij hebben uw aanvraag getoetst aan de voorwaarden van de ronde "${round.name}". Uw aanvraag voldoet niet aan ${a.eligibility.filter((e) => !e.met).length === 1 ? 'de volgende voorwaarde' : 'de volgende voorwaarden'}:`,
    );
    paragraphs.push(
      `Daarom is uw aanvraag niet ontvankelijk en wordt ze niet aan de commissie voorgelegd. ${a.eligibilityMotivation}`.trim(),
    );
  } else if (kind === 'toekenning' || kind === 'deels_toekenning') {
    paragraphs.push(meetingText);
    paragraphs.push(
      kind === 'toekenning'
        ? `De commissie heeft besloten u de gevraagde bijdrage van ${formatCents(decision!.grantedCents)} toe te kennen.`
        : `De commissie heeft besloten u een bijdrage van ${formatCents(decision!.grantedCents)} toe te kennen. U vroeg ${formatCents(a.requestedCents)}; de commissie kent een deel van het gevraagde bedrag toe.`,
    );
    paragraphs.push(`Motivering: ${decision!.motivation}`);
    if (conditions.length) paragraphs.push('Aan de bijdrage zijn de volgende voorwaarden verbonden:');
    const end = a.endDate ?? round.executionTo;
    accountabilityDueOn = addDays(end < round.executionTo ? end : round.executionTo, ACCOUNTABILITY_WEEKS * 7);
    paragraphs.push(
      `U voert de activiteit uit ${a.startDate && a.endDate ? `van ${dateLong(a.startDate)} tot en met ${dateLong(a.endDate)}` : `in de periode van ${dateLong(round.executionFrom)} tot en met ${dateLong(round.executionTo)}`}. Uiterlijk ${dateLong(accountabilityDueOn)} ontvangen wij uw verantwoording: de werkelijke kosten per kostenpost, het bereik per doelgroep en een korte evaluatie. Geld dat niet is besteed, betaalt u terug.`,
    );
    paragraphs.push(
      a.iban
        ? `Wij maken de bijdrage over op rekening ${a.iban} ten name van ${a.applicantName}, volgens het betaalschema hieronder.`
        : 'Geef ons het rekeningnummer door waarop wij de bijdrage kunnen overmaken.',
    );
  } else if (kind === 'afwijzing') {
    paragraphs.push(meetingText);
    paragraphs.push('De commissie heeft besloten uw aanvraag af te wijzen.');
    paragraphs.push(`Motivering: ${decision!.motivation}`);
  } else {
    paragraphs.push(meetingText);
    paragraphs.push(
      'De commissie heeft besloten uw aanvraag aan te houden en in een volgende vergadering opnieuw te bespreken.',
    );
    paragraphs.push(`Motivering: ${decision!.motivation}`);
  }
  paragraphs.push(
    `Heeft u vragen over dit besluit? Neem dan contact op met ${head.name}${head.phone ? `, telefoon ${head.phone}` : ''}${head.email ? `, e-mail ${head.email}` : ''}.`,
  );

  let signatures: { name: string; role: string }[];
  if (decision) {
    const meeting = meetingDetail(db, decision.meetingId, null);
    signatures = [
      ...(meeting.chair ? [{ name: meeting.chair.name, role: `voorzitter commissie ${scheme}` }] : []),
      ...(meeting.secretary ? [{ name: meeting.secretary, role: `secretaris commissie ${scheme}` }] : []),
    ];
  } else {
    signatures = [{ name: actor?.name ?? '', role: `namens ${head.name}` }];
  }
  return {
    kind,
    kindLabel: LETTER_LABELS[kind],
    letterhead: head,
    date: localDate(),
    dateText: dateLong(localDate()),
    reference: a.number,
    addressee: {
      name: a.applicantName,
      attention: a.contactName,
      addressLines: lines(a.contactAddress),
      email: a.contactEmail,
    },
    subject: `${LETTER_LABELS[kind]}: uw aanvraag ${scheme} "${a.title}" (${a.number})`,
    salutation: `Beste ${a.contactName || a.applicantName},`,
    paragraphs,
    failedCriteria:
      kind === 'niet_ontvankelijk'
        ? a.eligibility.filter((e) => !e.met).map((e) => ({ label: e.label, note: e.note }))
        : [],
    decision: decision
      ? {
          outcome: decision.outcome,
          outcomeLabel: OUTCOME_LABELS[decision.outcome!],
          meetingDate: decision.meetingDate,
          requestedCents: a.requestedCents,
          grantedCents: decision.grantedCents,
          motivation: decision.motivation,
          conditions,
        }
      : null,
    payments:
      kind === 'toekenning' || kind === 'deels_toekenning'
        ? a.payments
            .filter((p) => p.kind !== 'terugbetaling')
            .map((p) => ({ kind: p.kind, amountCents: p.amountCents, dueOn: p.dueOn, paidOn: p.paidOn }))
        : [],
    accountabilityDueOn,
    closing: 'Met vriendelijke groet,',
    signatures,
  };
}

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

export function agendaPack(db: Db, meetingId: number, actor: Actor | null) {
  const meeting = meetingDetail(db, meetingId, actor);
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
    generatedAt: localDateTime(),
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

export function minutes(db: Db, meetingId: number, actor: Actor | null) {
  const meeting = meetingDetail(db, meetingId, actor);
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
    generatedAt: localDateTime(),
  };
}

function assertCommittee(db: Db, actor: Actor | null): void {
  if (actor?.role !== 'beheerder' && !sittingMemberOfActor(db, actor))
    throw new ApiError('FORBIDDEN', 'Je account is niet gekoppeld aan een zittend commissielid.');
}

export const budgetDocumentMethods = {
  'meetings.agendaPack': method({
    description:
      'Het vergaderstuk: briefhoofd, vergadering, leden, regels, de agenda en per punt de aanvraag (beschrijving, doelen, bijdrage aan de wijkopgave, begroting, dekking, partners en waardering, checklist, eerdere aanhoudingen), het voorstel en de scores; met het grootboek van de rondes.',
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => {
      assertCommittee(db, actor);
      return agendaPack(db, input.id, actor);
    },
  }),
  'meetings.minutes': method({
    description:
      'De notulen: presentie (aanwezig, met en zonder bericht afwezig), voorzitter en secretaris, quorum, per agendapunt de meldingen van belangenverstrengeling, de stemmen per lid, de uitslag met eventuele beslissing bij staking, en het besluit met bedrag, voorwaarden en motivering. Concept zolang de vergadering niet gesloten is.',
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => {
      assertCommittee(db, actor);
      return minutes(db, input.id, actor);
    },
  }),
  'applications.letter': method({
    description:
      'De besluitbrief voor één aanvraag op het briefpapier van het huis: toekenning, gedeeltelijke toekenning, afwijzing, aanhouding of niet ontvankelijk, met motivering, voorwaarden, betaalschema, termijn voor de verantwoording en ondertekening.',
    access: ['beheerder'],
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db, actor }, input) => {
      assertCanSee(db, actor, input.id);
      return decisionLetter(db, input.id, actor);
    },
  }),
};
