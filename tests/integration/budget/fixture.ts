import { addDays } from '../../../db/platform/clock';
import type { Core } from '../../../db/platform/core';
import { ok, openCore, setUp } from '../../helpers';
import { today as testToday } from '../../clock';

export const today = () => testToday();
export const daysAgo = (n: number) => addDays(testToday(), -n);

/** A valid Lokaal Budget application (balanced: € 8.000 costs = € 6.000 requested + € 1.500 co-funding + € 500 own money). */
export function lbApplication(roundId: number, extra: Record<string, unknown> = {}) {
  return {
    roundId,
    applicantType: 'bewonersgroep',
    applicantName: 'Buurtmoestuin Tarwewijk',
    contactName: 'Joke de Vries',
    contactPhone: '06 12 34 56 78',
    contactEmail: 'joke@moestuin.example',
    contactAddress: 'Moestuinstraat 4\n3083 AB Rotterdam',
    iban: 'NL91 ABNA 0417 1643 00',
    wijk: 'Tarwewijk',
    involvement: 'Wij wonen allemaal in de Tarwewijk.',
    title: 'Samen tuinieren met ouderen',
    description: 'Elke week tuinieren ouderen en kinderen samen in de buurtmoestuin.',
    goals: '40 deelnemers, 30 bijeenkomsten.',
    contribution: 'Minder eenzaamheid onder ouderen, ontmoeting tussen generaties.',
    complementarity: 'Er is nog geen tuinactiviteit in de wijk.',
    priorityGroups: ['ouderen', 'jeugd'],
    expectedReach: { ouderen: 25, jeugd: 15 },
    expectedParticipants: 40,
    expectedMeetings: 30,
    startDate: addDays(testToday(), 10),
    endDate: addDays(testToday(), 200),
    location: 'Buurtmoestuin',
    requestedCents: 6000_00,
    costLines: [
      { description: 'Zaden, planten en gereedschap', amountCents: 3000_00 },
      { description: 'Begeleiding tuincoach', amountCents: 4000_00 },
      { description: 'Afsluitend feest (alcohol)', amountCents: 1000_00, reimbursable: false },
    ],
    funding: [
      { kind: 'cofinanciering', source: 'Fonds Groen Zuid', amountCents: 1500_00, confirmed: true },
      { kind: 'eigen_bijdrage', source: 'Bijdrage deelnemers', amountCents: 500_00 },
      { kind: 'eigen_bijdrage', source: 'Vrijwilligersuren (50 uur)', amountCents: 750_00, inKind: true },
    ],
    register: true,
    receivedOn: testToday(),
    ...extra,
  };
}

/** A valid Right to Cooperate proposal: the welfare provider with a housing corporation. */
export function rtcApplication(roundId: number, extra: Record<string, unknown> = {}) {
  return {
    roundId,
    applicantType: 'organisatie',
    applicantName: 'Woonstichting Zuid',
    contactName: 'Peter Jansen',
    wijk: 'Carnisse',
    title: 'Straatfeest en huisbezoeken 75+',
    description:
      'Samen met de welzijnsaanbieder bezoeken we alle 75-plussers in twee straten en sluiten af met een straatfeest.',
    contribution: 'Signaleren van eenzaamheid bij ouderen.',
    priorityGroups: ['ouderen'],
    expectedReach: { ouderen: 120, overig: 200 },
    startDate: addDays(testToday(), 5),
    endDate: addDays(testToday(), 60),
    requestedCents: 5000_00,
    costLines: [
      { description: 'Straatfeest', amountCents: 6000_00 },
      { description: 'Materiaal huisbezoeken', amountCents: 1000_00 },
    ],
    funding: [{ kind: 'eigen_bijdrage', source: 'Woonstichting Zuid', amountCents: 1000_00 }],
    partners: [
      {
        name: 'Wmo radar Charlois',
        kind: 'welzijnsaanbieder',
        role: 'Werft en begeleidt vrijwilligers voor de huisbezoeken',
        cashCents: 1000_00,
        inKindDescription: '80 uur opbouwwerk',
        inKindCents: 4800_00,
      },
    ],
    register: true,
    receivedOn: testToday(),
    ...extra,
  };
}

export interface BudgetHouse {
  core: Core;
  token: string;
  yearId: number;
  lb: { id: number; criteria: { id: number }[] };
  rtc: { id: number };
  /** Seven voting members (4 residents, 3 not, the first is the chair) and an advisory secretary. */
  members: { id: number; name: string }[];
  secretary: { id: number; name: string };
}

export async function budgetHouse(): Promise<BudgetHouse> {
  const core = await openCore();
  const token = await setUp(core);
  const building = await ok(core, token, 'building.get');
  await ok(core, token, 'building.update', { ...building, gebied: 'Charlois', wijken: ['Tarwewijk', 'Carnisse'] });
  const year = await ok(core, token, 'budget.createYear', {
    year: Number(testToday().slice(0, 4)),
    totalCents: 100_000_00,
    source: '10% welzijnsbudget',
  });
  const window = {
    opensOn: addDays(testToday(), -60),
    closesOn: addDays(testToday(), 30),
    executionFrom: addDays(testToday(), -30),
    executionTo: addDays(testToday(), 300),
  };
  const lb = await ok(core, token, 'budget.createRound', {
    yearId: year.id,
    name: 'Ronde 1',
    scheme: 'lokaal_budget',
    ...window,
    minCents: 5000_00,
    maxCents: 20000_00,
    ceilingCents: 50_000_00,
    criteria: [
      { name: 'Bijdrage aan de wijkopgave' },
      { name: 'Bereik prioriteitsgroepen' },
      { name: 'Haalbaarheid', maxScore: 3 },
    ],
  });
  const rtc = await ok(core, token, 'budget.createRound', {
    yearId: year.id,
    name: 'Right to Cooperate',
    scheme: 'right_to_cooperate',
    ...window,
    minCents: 2500_00,
    maxCents: 25000_00,
    ceilingCents: 30_000_00,
  });
  const members: { id: number; name: string }[] = [];
  const people: [string, boolean][] = [
    ['Fatima (voorzitter)', true],
    ['Henk', true],
    ['Ayşe', true],
    ['Kees', true],
    ['Marco', false],
    ['Sanne', false],
    ['Yusuf', false],
  ];
  for (const [i, [name, isResident]] of people.entries()) {
    members.push(
      await ok(core, token, 'committee.createMember', {
        name,
        termFrom: addDays(testToday(), -400),
        isResident,
        voting: true,
        isChair: i === 0,
      }),
    );
  }
  const secretary = await ok(core, token, 'committee.createMember', {
    name: 'Samira (secretaris)',
    termFrom: addDays(testToday(), -400),
    isResident: false,
    voting: false,
    isSecretary: true,
  });
  return { core, token, yearId: year.id, lb, rtc, members, secretary };
}

/** Registers and declares admissible an application; returns its id. */
export async function admissible(h: BudgetHouse, input: Record<string, unknown>): Promise<number> {
  const app = await ok(h.core, h.token, 'applications.create', input);
  const checklist = await ok(h.core, h.token, 'eligibility.checklist', { applicationId: app.id });
  await ok(h.core, h.token, 'applications.assess', {
    id: app.id,
    assessedOn: testToday(),
    answers: checklist.items.map((i: { criterionId: number }) => ({ criterionId: i.criterionId, met: true })),
  });
  return app.id;
}

/** A meeting today with these applications on the agenda and these members present (the rest absent), opened. */
export async function openMeeting(
  h: BudgetHouse,
  applicationIds: number[],
  present: number[],
  chairMemberId: number | null = null,
) {
  const meeting = await ok(h.core, h.token, 'meetings.create', {
    date: testToday(),
    startTime: '19:30',
    location: 'Vergaderkamer 1',
  });
  await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds });
  await ok(h.core, h.token, 'meetings.attendance', {
    id: meeting.id,
    members: [...h.members, h.secretary].map((m) => ({
      memberId: m.id,
      status: present.includes(m.id) || m.id === h.secretary.id ? 'aanwezig' : 'afwezig_met_bericht',
    })),
    chairMemberId,
  });
  return ok(h.core, h.token, 'meetings.open', { id: meeting.id });
}

/** Records these votes on an item and returns the meeting. */
export async function voteAll(h: BudgetHouse, itemId: number, votes: [number, 'voor' | 'tegen' | 'onthouding'][]) {
  let meeting;
  for (const [memberId, vote] of votes)
    meeting = await ok(h.core, h.token, 'meetings.vote', { itemId, memberId, vote });
  return meeting;
}
