import { addDays, localDateTime } from '../../db/platform/clock';
import type { Who } from '../../db/modules/budget/shared';
import { getRound, insertRound, insertYear } from '../../db/modules/budget/rounds';
import { getApplication } from '../../db/modules/budget/applications/detail';
import { insertApplication } from '../../db/modules/budget/applications/save';
import { assessApplication, checklistFor } from '../../db/modules/budget/eligibility';
import { insertMember } from '../../db/modules/budget/committee';
import { insertMeeting, setAgenda } from '../../db/modules/budget/meetings/agenda';
import { openMeeting, recordAttendance } from '../../db/modules/budget/meetings/attendance';
import { propose } from '../../db/modules/budget/meetings/proposals';
import { castVote } from '../../db/modules/budget/meetings/votes';
import { closeMeeting, decide } from '../../db/modules/budget/meetings/decisions';
import { addPayment } from '../../db/modules/budget/grants';
import {
  applicationCreate,
  assessInput,
  attendanceInput,
  decideInput,
  meetingInput,
  memberInput,
  paymentInput,
  proposalInput,
  roundInput,
  voteInput,
  yearInput,
} from '../../db/modules/budget/schemas';
import type { GenContext } from './context';
import type { House } from './house';

const PER_MEETING = 20;
const TOPICS = [
  'Buurtmoestuin',
  'Huiswerkklas',
  'Kookclub',
  'Dansmiddag',
  'Jongerenpodium',
  'Fietsreparatie',
  'Buurtbibliotheek',
  'Straatfeest',
  'Taalmaatjes',
  'Beweegtuin',
];

interface Round {
  id: number;
  scheme: 'lokaal_budget' | 'right_to_cooperate';
  opensOn: string;
  closesOn: string;
}

/**
 * Ten years of Lokaal Budget and Right to Cooperate: per year its budget and three rounds,
 * applications registered and assessed, meetings with attendance, proposals, votes of six members
 * and decisions, and advances paid. These go through the functions the budget methods call, after the
 * same zod parse, with the date the secretary recorded them: the API would stamp every vote with the
 * moment the bench runs, which no real ledger of ten years looks like.
 */
export function generateBudget(
  ctx: GenContext,
  house: House,
): { applications: number; meetings: number; votes: number } {
  const { caller, random, amounts, time } = ctx;
  const who = (date: string, clock = '20:00'): Who => ({ userId: null, name: 'Secretaris', at: `${date}T${clock}:00` });
  const notAfterToday = (d: string) => (d > time.today ? time.today : d);
  const now = localDateTime(caller.core.clock.now());
  const members = caller.inBatch(() =>
    [
      { name: 'Fatima Ouali', isResident: true, isWijkraad: true, voting: true, isChair: true },
      { name: 'Henk Bakker', isResident: true, voting: true },
      { name: 'Ayşe Demir', isResident: true, voting: true },
      { name: 'Kees van Leeuwen', isResident: true, isWijkraad: true, voting: true },
      { name: 'Naima Benali', isResident: true, voting: true },
      { name: 'Ruud Verhoeven', isResident: false, voting: true },
      { name: 'Linda Koster', isResident: false, voting: false, isSecretary: true },
    ].map((m) => insertMember(caller.core.db, memberInput.parse({ termFrom: addDays(time.from, -30), ...m }), now)),
  );
  const voting = members.slice(0, 6);

  // Years whose spring round opens inside the data and not after today.
  const firstYear = Number(time.from.slice(0, 4)) + (time.from.slice(5) > '01-15' ? 1 : 0);
  const lastYear = Number(time.today.slice(0, 4));
  const perYear = Math.ceil(amounts.applications / (lastYear - firstYear + 1));
  let applications = 0;
  let meetings = 0;
  let votes = 0;
  for (let year = firstYear; year <= lastYear && applications < amounts.applications; year++) {
    const yearStart = `${year}-01-01`;
    if (yearStart > time.today) break;
    const db = caller.core.db;
    const rounds = caller.inBatch(() => {
      const yearId = insertYear(
        db,
        yearInput.parse({ year, totalCents: 4_000_000_00, source: 'Wmo radar', notes: '' }),
        now,
      );
      const round = (name: string, scheme: Round['scheme'], opensOn: string, closesOn: string): Round => ({
        id: insertRound(
          db,
          roundInput.parse({
            yearId,
            name: `${name} ${year}`,
            scheme,
            opensOn,
            closesOn,
            minCents: 500_00,
            maxCents: 20_000_00,
            ceilingCents: scheme === 'lokaal_budget' ? 1_500_000_00 : 600_000_00,
            executionFrom: opensOn,
            executionTo: `${year + 1}-06-30`,
            wijken: house.wijken.slice(0, 2),
            criteria: [
              { name: 'Bijdrage aan de wijkopgave' },
              { name: 'Bereik van prioriteitsgroepen' },
              { name: 'Haalbaarheid en begroting' },
            ],
          }),
          now,
        ),
        scheme,
        opensOn,
        closesOn,
      });
      return [
        round('Voorjaarsronde', 'lokaal_budget', `${year}-01-15`, `${year}-03-01`),
        round('Najaarsronde', 'lokaal_budget', `${year}-08-15`, `${year}-10-01`),
        round('Right to Cooperate', 'right_to_cooperate', `${year}-01-01`, `${year}-11-30`),
      ];
    });
    for (const [r, round] of rounds.entries()) {
      if (round.opensOn > time.today) continue;
      const count = Math.round(perYear * [0.45, 0.45, 0.1][r]!);
      const ids: number[] = [];
      for (let i = 0; i < count && applications < amounts.applications; i++) {
        const span = Math.max(
          0,
          Math.round((Date.parse(notAfterToday(round.closesOn)) - Date.parse(round.opensOn)) / 86_400_000),
        );
        const receivedOn = addDays(round.opensOn, random.int(0, span));
        const requested = random.int(5, 120) * 100_00;
        const topic = random.pick(TOPICS);
        const id = caller.inBatch(() => {
          const applicationId = insertApplication(
            db,
            applicationCreate.parse({
              roundId: round.id,
              register: true,
              receivedOn,
              confirmWarnings: true,
              applicantType: random.pick(['bewoner', 'bewonersgroep', 'organisatie', 'sociaal_ondernemer']),
              applicantName: `${topic} ${random.pick(house.wijken)} ${applications}`,
              contactName: `Contact ${applications}`,
              contactEmail: `aanvraag${applications}@voorbeeld.example`,
              wijk: house.wijken[applications % 2],
              title: `${topic} ${year}`,
              description: `${topic} voor en door bewoners.`,
              contribution: 'Minder eenzaamheid en meer ontmoeting.',
              priorityGroups: ['ouderen'],
              expectedReach: { ouderen: random.int(10, 80) },
              requestedCents: requested,
              costLines: [{ description: 'Materiaal en begeleiding', amountCents: requested }],
              startDate: receivedOn,
              endDate: addDays(receivedOn, 180),
              partners:
                round.scheme === 'right_to_cooperate'
                  ? [{ name: 'Wmo radar', kind: 'welzijnsaanbieder', role: 'Begeleidt de vrijwilligers.' }]
                  : [],
            }),
            who(receivedOn, '10:00'),
          );
          const assessedOn = notAfterToday(addDays(receivedOn, 7));
          const checklist = checklistFor(db, applicationId);
          assessApplication(
            db,
            assessInput.parse({
              id: applicationId,
              assessedOn,
              answers: checklist.items.map((c) => ({ criterionId: c.criterionId, met: true })),
            }),
            who(assessedOn, '10:00'),
          );
          return applicationId;
        });
        ids.push(id);
        applications++;
      }
      // Meetings after the round closes (the Right to Cooperate meets through the year), PER_MEETING items each.
      ids.sort((a, b) => a - b);
      for (let m = 0; m * PER_MEETING < ids.length; m++) {
        const agenda = ids.slice(m * PER_MEETING, (m + 1) * PER_MEETING);
        const date =
          round.scheme === 'right_to_cooperate'
            ? addDays(round.opensOn, 30 + m * 60)
            : addDays(round.closesOn, 14 + m * 14);
        const result = caller.inBatch(() => holdMeeting(ctx, house, { date, agenda, voting, secretary: members[6]! }));
        meetings++;
        votes += result;
      }
    }
    ctx.log(`begroting ${year}: ${applications} aanvragen, ${meetings} vergaderingen`);
  }
  caller.commit();
  return { applications, meetings, votes };
}

/** A meeting: planned with its agenda; when its date has come also held: attendance, proposal, votes, decision, advance. */
function holdMeeting(
  ctx: GenContext,
  house: House,
  m: { date: string; agenda: number[]; voting: number[]; secretary: number },
): number {
  const { caller, random, time } = ctx;
  const db = caller.core.db;
  const who = (clock: string) => ({ userId: null, name: 'Secretaris', at: `${m.date}T${clock}:00` });
  const meetingId = insertMeeting(
    db,
    meetingInput.parse({ date: m.date, startTime: '19:30', roomId: house.roomIds[1] ?? null }),
    who('09:00'),
  );
  setAgenda(db, meetingId, m.agenda, who('09:05'));
  if (m.date > time.today) return 0;
  recordAttendance(
    db,
    attendanceInput.parse({
      id: meetingId,
      members: [...m.voting, m.secretary].map((memberId) => ({ memberId, status: 'aanwezig' })),
    }),
  );
  openMeeting(db, meetingId, who('19:30'));
  const items = db
    .prepare(
      'SELECT id, application_id AS applicationId FROM budget_meeting_items WHERE meeting_id = ? ORDER BY position',
    )
    .all(meetingId) as { id: number; applicationId: number }[];
  let votes = 0;
  for (const item of items) {
    const app = getApplication(db, item.applicationId);
    const proposed = random.chance(0.7) ? app.requestedCents : Math.round(app.requestedCents * 0.8);
    // When the round is spent, the committee holds the application over instead of proposing what does not fit.
    if (proposed > getRound(db, app.roundId).ledger.remainingCents) {
      decide(
        db,
        decideInput.parse({ itemId: item.id, defer: true, motivation: 'Het plafond van de ronde is bereikt.' }),
        who('20:05'),
      );
      continue;
    }
    propose(db, proposalInput.parse({ itemId: item.id, proposedCents: proposed, conditions: '' }));
    const against = random.chance(0.2) ? 4 : random.int(0, 2);
    m.voting.forEach((memberId, i) =>
      castVote(db, voteInput.parse({ itemId: item.id, memberId, vote: i < against ? 'tegen' : 'voor' }), who('20:00')),
    );
    votes += m.voting.length;
    const outcome = decide(
      db,
      decideInput.parse({ itemId: item.id, motivation: 'Besloten na bespreking in de commissie.' }),
      who('20:05'),
    );
    const paidOn = addDays(m.date, 14);
    if ((outcome === 'toegekend' || outcome === 'deels_toegekend') && paidOn <= time.today) {
      addPayment(
        db,
        paymentInput.parse({
          applicationId: item.applicationId,
          kind: 'voorschot',
          amountCents: Math.round(proposed * 0.8),
          paidOn,
          reference: `BET-${item.applicationId}`,
        }),
        { userId: null, name: 'Beheerder', at: `${paidOn}T10:00:00` },
      );
    }
  }
  closeMeeting(db, meetingId, who('21:30'));
  return votes;
}
